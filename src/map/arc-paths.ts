import type { UnitShape } from '@/data/load-boundaries';

/** What a path is drawn into: a canvas Path2D, or a recorder in tests. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

/** A viewport in Mercator world pixels at zoom 0 (as `worldPoint`): screen = (world − centre) × k + half size. */
export interface ScreenTransform {
  k: number;
  cx: number;
  cy: number;
  halfWidth: number;
  halfHeight: number;
}

const TILE = 512;
const MAX_LAT = 85.051129;

/**
 * Draws units from the boundary file's shared arcs: each border is projected and thinned once (not once per
 * neighbour) and reused by both units it separates and by the province outline along it. Points closer than
 * `minStep` pixels to the last kept one are dropped; an arc's ends are always kept, so neighbours meet exactly.
 * Returns a function that traces one unit into a sink and gives its screen box.
 */
/**
 * Each boundary file's arcs in Web Mercator world pixels at zoom 0 (as mercator.ts's worldPoint), projected on
 * first use and kept for the file: every later camera (the app's map after the page's first map, each pan and
 * zoom of the 2D map) is then a scale and a shift, not a logarithm per point.
 */
const worldArcs = new WeakMap<readonly Float64Array[], (Float64Array | undefined)[]>();

function worldArcsOf(arcs: readonly Float64Array[]): (Float64Array | undefined)[] {
  let file = worldArcs.get(arcs);
  if (!file) worldArcs.set(arcs, (file = new Array(arcs.length)));
  return file;
}

function toWorld(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length);
  for (let j = 0; j < a.length; j += 2) {
    const lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, a[j + 1]!));
    const phi = (lat * Math.PI) / 180;
    out[j] = ((a[j]! + 180) / 360) * TILE;
    out[j + 1] = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * TILE;
  }
  return out;
}

export function arcTracer(arcs: readonly Float64Array[], view: ScreenTransform, minStep: number) {
  const kept: (Float64Array | undefined)[] = new Array(arcs.length);
  const world = worldArcsOf(arcs);
  const { k, cx, cy, halfWidth, halfHeight } = view;

  const points = (i: number): Float64Array => {
    const cached = kept[i];
    if (cached) return cached;
    const a = (world[i] ??= toWorld(arcs[i]!));
    const n = a.length / 2;
    const out = new Float64Array(a.length);
    let m = 0;
    for (let j = 0; j < n; j++) {
      const x = (a[2 * j]! - cx) * k + halfWidth;
      const y = (a[2 * j + 1]! - cy) * k + halfHeight;
      if (m > 0 && j < n - 1 && Math.abs(x - out[m - 2]!) < minStep && Math.abs(y - out[m - 1]!) < minStep) continue;
      out[m++] = x;
      out[m++] = y;
    }
    return (kept[i] = out.subarray(0, m));
  };

  /** One unit: every ring, holes included (nonzero fill, as GeoJSON's winding). */
  return (shape: UnitShape, sink: PathSink): [number, number, number, number] => {
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const ring of shape.rings) {
      let first = true;
      for (const index of ring) {
        const p = points(index < 0 ? ~index : index);
        const n = p.length / 2;
        // Each arc after the first starts where the previous one ended: its first point is skipped.
        for (let s = first ? 0 : 1; s < n; s++) {
          const j = index < 0 ? n - 1 - s : s;
          const x = p[2 * j]!;
          const y = p[2 * j + 1]!;
          if (first) sink.moveTo(x, y);
          else sink.lineTo(x, y);
          first = false;
          if (x < box[0]) box[0] = x;
          if (y < box[1]) box[1] = y;
          if (x > box[2]) box[2] = x;
          if (y > box[3]) box[3] = y;
        }
      }
      if (!first) sink.closePath();
    }
    return box;
  };
}

/** A sink that writes SVG path data (one decimal: a tenth of a pixel), for the maps drawn as SVG. */
export function svgPathSink(): PathSink & { d: string } {
  const sink = {
    d: '',
    moveTo: (x: number, y: number) => void (sink.d += `M${x.toFixed(1)} ${y.toFixed(1)}`),
    lineTo: (x: number, y: number) => void (sink.d += `L${x.toFixed(1)} ${y.toFixed(1)}`),
    closePath: () => void (sink.d += 'Z'),
  };
  return sink;
}
