import type { Feature, MultiPolygon, Polygon } from 'geojson';

type Projector = (lng: number, lat: number) => [number, number];

/**
 * A polygon feature as SVG path data in viewport pixels, for the maps drawn without MapLibre (the 2D map, the
 * SVG download, the printed locator). Points closer than `minStep` pixels to the last one add bytes, not shape;
 * with `clip`, rings wholly outside that area are left out.
 */
export function polygonPath(
  f: Feature<Polygon | MultiPolygon>,
  project: Projector,
  options: { minStep?: number; clip?: { width: number; height: number } } = {},
): string {
  const { minStep = 0, clip } = options;
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const pts = ring.map(([lng, lat]) => project(lng!, lat!));
      if (clip) {
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        if (Math.max(...xs) < 0 || Math.min(...xs) > clip.width || Math.max(...ys) < 0 || Math.min(...ys) > clip.height) continue;
      }
      let last: [number, number] | null = null;
      for (const p of pts) {
        if (last && Math.abs(p[0] - last[0]) < minStep && Math.abs(p[1] - last[1]) < minStep) continue;
        d += `${last ? 'L' : 'M'}${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
        last = p;
      }
      if (last) d += 'Z';
    }
  }
  return d;
}
