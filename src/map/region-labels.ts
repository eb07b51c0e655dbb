import type { Boundaries, UnitShape } from '@/data/load-boundaries';

/**
 * Which names the map writes on itself, and where: pure functions, so both renderers place the same labels
 * and the unit tests need no canvas. Anchors and neighbours are read from the boundary file's shared arcs.
 */

export type Box = { x0: number; y0: number; x1: number; y1: number };

/** Per unit: where its name goes ([lng, lat]) and its size (to rank names when not all fit). */
export interface UnitAnchor {
  at: [number, number];
  /** Area in square degrees scaled by cos(lat): only compared with other units, never shown. */
  area: number;
}

/** Signed shoelace area and centroid of one ring (lng/lat, Mercator-free: the ring is small). */
function ringCentroid(points: number[]): { area: number; x: number; y: number } {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, n = points.length / 2; i < n; i++) {
    const j = (i + 1) % n;
    const [x0, y0, x1, y1] = [points[2 * i]!, points[2 * i + 1]!, points[2 * j]!, points[2 * j + 1]!];
    const f = x0 * y1 - x1 * y0;
    a += f;
    cx += (x0 + x1) * f;
    cy += (y0 + y1) * f;
  }
  return a === 0 ? { area: 0, x: points[0] ?? 0, y: points[1] ?? 0 } : { area: a / 2, x: cx / (3 * a), y: cy / (3 * a) };
}

/** The points of a ring of arcs, lng,lat flattened (each arc's first point is the previous arc's last). */
function ringPoints(arcs: readonly Float64Array[], ring: readonly number[]): number[] {
  const out: number[] = [];
  for (const index of ring) {
    const a = arcs[index < 0 ? ~index : index]!;
    const n = a.length / 2;
    for (let s = out.length ? 1 : 0; s < n; s++) {
      const j = index < 0 ? n - 1 - s : s;
      out.push(a[2 * j]!, a[2 * j + 1]!);
    }
  }
  return out;
}

/**
 * A unit's name goes at the centroid of its largest ring: the main island of Kepulauan Riau's units, not the
 * empty sea between their islands where a box centre would put it.
 */
export function unitAnchor(arcs: readonly Float64Array[], shape: UnitShape): UnitAnchor | undefined {
  let best: { area: number; x: number; y: number } | undefined;
  let total = 0;
  for (const ring of shape.rings) {
    const c = ringCentroid(ringPoints(arcs, ring));
    // Winding is not relied on: a hole lies inside its outer ring, so it is never the largest.
    const area = Math.abs(c.area) * Math.cos((c.y * Math.PI) / 180);
    total += area;
    if (!best || area > best.area) best = { ...c, area };
  }
  return best ? { at: [best.x, best.y], area: total } : undefined;
}

/**
 * Regions that share a border with each other: two units that use the same arc touch along it. Islands with
 * no land border have no neighbours this way (that is the truth of the map, not a gap).
 */
export function neighboursByArc(shapes: readonly UnitShape[]): Map<string, string[]> {
  const users = new Map<number, string[]>();
  for (const s of shapes) {
    for (const ring of s.rings) {
      for (const index of ring) {
        const arc = index < 0 ? ~index : index;
        const list = users.get(arc);
        if (!list) users.set(arc, [s.code]);
        else if (!list.includes(s.code)) list.push(s.code);
      }
    }
  }
  const out = new Map<string, Set<string>>();
  for (const list of users.values()) {
    for (const a of list) for (const b of list) if (a !== b) (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
  }
  return new Map([...out].map(([code, set]) => [code, [...set].sort()]));
}

/** Anchors and neighbours of a boundary file, worked out once on the first label (not with the first map). */
const cache = new WeakMap<Boundaries, { anchors: Map<string, UnitAnchor>; neighbours: Map<string, string[]> }>();
export function labelGeography(b: Boundaries) {
  let g = cache.get(b);
  if (!g) {
    const anchors = new Map<string, UnitAnchor>();
    for (const s of [...b.shapes.regions, ...b.shapes.provinces]) {
      const a = unitAnchor(b.arcs, s);
      if (a) anchors.set(s.code, a);
    }
    g = { anchors, neighbours: new Map([...neighboursByArc(b.shapes.regions), ...neighboursByArc(b.shapes.provinces)]) };
    cache.set(b, g);
  }
  return g;
}

export interface LabelCandidate {
  code: string;
  text: string;
  /** Viewport pixel of the anchor. */
  x: number;
  y: number;
  /** Lower is placed first. */
  priority: number;
  kind: 'selected' | 'neighbour' | 'other' | 'province';
}

export interface PlacedLabel extends LabelCandidate {
  box: Box;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy placement: by priority (then by the order given), each name is put centred on its anchor — or, for
 * the selected region, its province and its neighbours, just above or below it (or two lines above, clear of a tooltip below the pointer) — where its box is wholly inside the map,
 * clear of `blocked` (legend, controls, inset) and of every name already placed; otherwise it is left out.
 * `measure` gives a name's width and height in pixels.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  size: { width: number; height: number },
  blocked: readonly Box[],
  measure: (c: LabelCandidate) => { width: number; height: number },
  margin = 2,
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const order = candidates.map((c, i) => ({ c, i })).sort((a, b) => a.c.priority - b.c.priority || a.i - b.i);
  for (const { c } of order) {
    const { width, height } = measure(c);
    const step = height + margin;
    const shifts = c.kind === 'other' ? [0] : [0, -step, step, -2 * step];
    for (const dy of shifts) {
      const box = { x0: c.x - width / 2, y0: c.y + dy - height / 2, x1: c.x + width / 2, y1: c.y + dy + height / 2 };
      const grown = { x0: box.x0 - margin, y0: box.y0 - margin, x1: box.x1 + margin, y1: box.y1 + margin };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > size.width || box.y1 > size.height) continue;
      if (blocked.some((b) => overlaps(grown, b)) || placed.some((p) => overlaps(grown, p.box))) continue;
      placed.push({ ...c, y: c.y + dy, box });
      break;
    }
  }
  return placed;
}

/** Below this zoom the map is the country: only the province of the region under the pointer or focus is named. */
export const NAMES_MIN_ZOOM = 6.5;

/**
 * The names the map would like to write, most wanted first: the selected region, at national zoom the province
 * of the region hovered or focused (or selected), the selected region's neighbours (largest first), the other
 * units of its province, then at province zoom every other unit by size. Anchors off the map are left out before measuring.
 */
export function labelCandidates(input: {
  zoom: number;
  selected: string | null;
  pointed: string | null;
  anchors: ReadonlyMap<string, UnitAnchor>;
  neighbours: ReadonlyMap<string, readonly string[]>;
  units: readonly string[];
  name: (code: string) => string | undefined;
  project: (lng: number, lat: number) => [number, number];
  size: { width: number; height: number };
}): LabelCandidate[] {
  const { anchors, project, size } = input;
  const out: LabelCandidate[] = [];
  const seen = new Set<string>();
  const add = (code: string, kind: LabelCandidate['kind'], priority: number) => {
    if (seen.has(code)) return;
    const a = anchors.get(code);
    const text = input.name(code);
    if (!a || !text) return;
    const [x, y] = project(a.at[0], a.at[1]);
    if (x < 0 || y < 0 || x > size.width || y > size.height) return;
    seen.add(code);
    out.push({ code, text, x, y, priority, kind });
  };
  const bySize = (codes: readonly string[]) => [...codes].sort((a, b) => (anchors.get(b)?.area ?? 0) - (anchors.get(a)?.area ?? 0));
  const national = input.zoom < NAMES_MIN_ZOOM;
  // A region opened is always named; its neighbours from a little below province zoom (a phone fits it there).
  if (input.selected) add(input.selected, 'selected', 0);
  if (national) {
    const code = input.pointed ?? input.selected;
    if (code) add(code.slice(0, 2), 'province', 1);
  }
  if (input.selected && input.zoom >= NAMES_MIN_ZOOM - 1.5) for (const n of bySize(input.neighbours.get(input.selected) ?? [])) add(n, 'neighbour', 2);
  // Islands have no border to share (Natuna): the rest of their province names the sea around them.
  const province = input.selected?.slice(0, 2);
  if (province && input.zoom >= NAMES_MIN_ZOOM - 1.5) for (const code of bySize(input.units.filter((u) => u.startsWith(`${province}.`)))) add(code, 'other', 3);
  if (!national) for (const code of bySize(input.units)) add(code, 'other', 4);
  return out;
}
