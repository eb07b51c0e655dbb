// The coarse boundary file of the first national view, derived from the full one.
import type { Topology } from 'topojson-specification';

type Point = [number, number];

/** Squared distance of p from the segment a–b (degrees; the first view only compares them with one tolerance). */
function segmentDistance2(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const x = a[0] + t * dx - p[0];
  const y = a[1] + t * dy - p[1];
  return x * x + y * y;
}

/** The vertex between a and b farthest from the segment a–b, and its squared distance. */
function farthest(pts: readonly Point[], a: number, b: number): [number, number] {
  let at = -1;
  let best = -1;
  for (let i = a + 1; i < b; i++) {
    const d = segmentDistance2(pts[i]!, pts[a]!, pts[b]!);
    if (d > best) [at, best] = [i, d];
  }
  return [at, best];
}

/**
 * Douglas–Peucker on one arc, its two ends kept (they join other arcs, so shared borders stay shared). A closed
 * arc (an island) keeps at least a triangle however small: mapshaper's simplification drops such rings, and
 * with them 161 islands and a unit's true extent (Kota Ternate's islands 128 km away, Kepulauan Seribu's north).
 */
export function simplifyArc(pts: readonly Point[], tolerance: number): Point[] {
  const n = pts.length;
  if (n <= 2) return [...pts];
  const keep = new Uint8Array(n);
  keep[0] = keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number, boolean][] = [];
  if (pts[0]![0] === pts[n - 1]![0] && pts[0]![1] === pts[n - 1]![1]) {
    let far = 1;
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      const d = (pts[i]![0] - pts[0]![0]) ** 2 + (pts[i]![1] - pts[0]![1]) ** 2;
      if (d > best) [far, best] = [i, d];
    }
    keep[far] = 1;
    stack.push([0, far, true], [far, n - 1, false]);
  } else stack.push([0, n - 1, false]);
  while (stack.length) {
    const [a, b, force] = stack.pop()!;
    const [at, d] = farthest(pts, a, b);
    if (at < 0 || (d <= tol2 && !force)) continue;
    keep[at] = 1;
    stack.push([a, at, false], [at, b, false]);
  }
  return pts.filter((_, i) => keep[i]);
}

/**
 * The first national view's boundary file: every arc simplified to `toleranceDeg` (0.036°, 4 km), every ring
 * kept, coordinates on a grid of `quantization` steps (5,000: ~1 km), no names (regions.json has them). At
 * national zoom a CSS pixel is ~8 km on a desktop (4 km at 2× density) and ~14 km on a phone: the same picture
 * to within a device pixel in 43 % of the bytes; the full file replaces it once a zoom or the panels' facts ask
 * for it (src/app/start-up.ts, useMapBoundaries). 3 km on a 600 m grid cost 5 KB more for no visible change.
 */
export function firstViewBoundaries(full: Topology, toleranceDeg = 0.036, quantization = 5000): Topology {
  const t = full.transform;
  const arcs = (full.arcs as number[][][]).map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map(([dx, dy]): Point => {
      x += dx!;
      y += dy!;
      return t ? [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] : [dx!, dy!];
    });
    return simplifyArc(abs, toleranceDeg);
  });
  const all = arcs.flat();
  const [x0, y0] = [Math.min(...all.map((p) => p[0])), Math.min(...all.map((p) => p[1]))];
  const [x1, y1] = [Math.max(...all.map((p) => p[0])), Math.max(...all.map((p) => p[1]))];
  const scale: [number, number] = [(x1 - x0) / (quantization - 1), (y1 - y0) / (quantization - 1)];
  const quantized = arcs.map((arc) => {
    let px = 0;
    let py = 0;
    return arc.map(([lng, lat]) => {
      const qx = Math.round((lng - x0) / scale[0]);
      const qy = Math.round((lat - y0) / scale[1]);
      const delta = [qx - px, qy - py];
      [px, py] = [qx, qy];
      return delta;
    });
  });
  const objects = Object.fromEntries(
    Object.entries(full.objects).map(([name, o]) => [
      name,
      {
        ...o,
        geometries: (o as { geometries: { type: string; arcs?: unknown; properties?: Record<string, unknown> }[] }).geometries.map((g) => ({
          type: g.type,
          arcs: g.arcs,
          properties: Object.fromEntries(Object.entries(g.properties ?? {}).filter(([k]) => k !== 'name')),
        })),
      },
    ]),
  );
  return { type: 'Topology', transform: { scale, translate: [x0, y0] }, arcs: quantized, objects } as unknown as Topology;
}
