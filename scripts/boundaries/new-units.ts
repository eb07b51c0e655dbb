/**
 * The 17 kabupaten created in 2012–2014 that GADM 4.1 lacks, with the GADM unit whose polygon covers
 * their territory and the share of their villages that fall inside it (measured with geografis@1.3.2
 * village points, measured for the shared boundary-data notes). A source with polygons of their own uses those.
 */
export const UNITS_INSIDE_PARENT: readonly { code: string; coveredBy: string; villageShare: number }[] = [
  { code: '16.12', coveredBy: '16.03', villageShare: 1.0 },
  { code: '16.13', coveredBy: '16.05', villageShare: 1.0 },
  { code: '18.13', coveredBy: '18.04', villageShare: 0.99 },
  { code: '32.18', coveredBy: '32.07', villageShare: 0.99 },
  { code: '53.21', coveredBy: '53.04', villageShare: 1.0 },
  { code: '64.11', coveredBy: '64.07', villageShare: 1.0 },
  { code: '72.11', coveredBy: '72.07', villageShare: 0.83 },
  { code: '72.12', coveredBy: '72.06', villageShare: 0.97 },
  { code: '74.11', coveredBy: '74.01', villageShare: 1.0 },
  { code: '74.12', coveredBy: '74.02', villageShare: 0.98 },
  { code: '74.13', coveredBy: '74.03', villageShare: 0.94 },
  { code: '74.14', coveredBy: '74.04', villageShare: 0.94 },
  { code: '74.15', coveredBy: '74.04', villageShare: 0.96 },
  { code: '76.06', coveredBy: '76.02', villageShare: 0.98 },
  { code: '82.08', coveredBy: '82.05', villageShare: 0.92 },
  { code: '92.11', coveredBy: '92.02', villageShare: 0.89 },
  { code: '92.12', coveredBy: '92.02', villageShare: 0.93 },
];
