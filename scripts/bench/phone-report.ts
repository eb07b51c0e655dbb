// The phone measures as `npm run bench` and `npm run bench:phone` both print them: one run's line, the medians.
import { median } from '../lib/median';
import { kb, ms } from './bench-format';
import type { LighthouseSummary } from './lighthouse';
import { PHONE_3G, type FirstDragResult, type Phone3gResult } from './measure-phone';
import type { PhoneFloors } from './phone-floors';

/** One run, printed as it finishes. */
export function phoneRunLine(run: number, of: number, p: Phone3gResult, d: FirstDragResult): string {
  return `phone 3G run ${run}/${of}: first paint ${ms(p.fcp)}, counts ${ms(p.countsAt)}, map ${ms(p.mapFirst)} (app's ${ms(p.appMap)}), ${kb(p.firstViewBytes)}, longest task ${ms(p.longest)} (${p.longTasks} long); first drag longest task ${ms(d.longest)} (blocking ${ms(d.blocking)}), hand-over ${ms(d.handOverMs)}`;
}

const lighthouseLine = (lh: LighthouseSummary) =>
  `performance ${lh.performance.toFixed(2)}, total blocking time ${ms(lh.tbtMs)}, LCP ${ms(lh.lcpMs)} (runs: ${lh.runs.map((r) => `${r.performance.toFixed(2)}/${Math.round(r.tbtMs)} ms`).join(', ')})`;

/** The medians of all runs, Lighthouse mobile if it ran, and the floors the same measures have on this machine. */
export function phoneReportLines(
  phone: readonly Phone3gResult[],
  drag: readonly FirstDragResult[],
  lighthouseMobile: LighthouseSummary | null,
  floors: PhoneFloors,
): string[] {
  const ph = (f: (r: Phone3gResult) => number) => median(phone.map(f));
  const dr = (f: (r: FirstDragResult) => number) => median(drag.map(f));
  return [
    `Phone on slow 3G (${PHONE_3G.downKbit} kbit/s, ${PHONE_3G.rttMs} ms RTT, CPU ÷${PHONE_3G.cpu}, ${PHONE_3G.width}×${PHONE_3G.height}), median of ${phone.length}: first paint ${ms(ph((r) => r.fcp))}, national counts readable ${ms(ph((r) => r.countsAt))}, coloured map ${ms(ph((r) => r.mapFirst))} (the app's own 2D map ${ms(ph((r) => r.appMap))}); first view ${kb(ph((r) => r.firstViewBytes))} over the wire (${phone[0]?.firstViewFiles.map((f) => `${f.file.replace(/^.*\//, '')} ${kb(f.bytes)}`).join(', ')}); longest task on the way in ${ms(ph((r) => r.longest))} (${ph((r) => r.longTasks)} long tasks)`,
    `First drag at CPU ÷4, median of ${drag.length}: longest task ${ms(dr((r) => r.longest))} (${dr((r) => r.tasks)} long tasks, ${ms(dr((r) => r.blocking))} blocking over 50 ms), MapLibre on screen ${ms(dr((r) => r.handOverMs))} after the pointer went down`,
    `  floor: a blank MapLibre map (no data) opened at CPU ÷4, median of ${floors.maplibre.longest.length}: longest task ${ms(median(floors.maplibre.longest))} (runs: ${floors.maplibre.longest.map((t) => ms(t)).join(', ')}); the first drag's is ${(dr((r) => r.longest) / median(floors.maplibre.longest)).toFixed(2)} × that`,
    lighthouseMobile
      ? `Lighthouse mobile (default profile), median of ${lighthouseMobile.runs.length}: ${lighthouseLine(lighthouseMobile)}`
      : 'Lighthouse mobile: skipped (BENCH_LIGHTHOUSE=0)',
    ...(floors.reactLighthouse
      ? [`  floor: the home page's HTML with React rendering one line instead of the app: ${lighthouseLine(floors.reactLighthouse)}`]
      : []),
  ];
}
