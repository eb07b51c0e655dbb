import type { CategoryStatus } from '@/domain/award-record';
import type { MapClass, RegionRow } from '@/domain/select-regions';
import type { ChangeClass } from '@/domain/transitions';

/**
 * The one place that decides how a region looks: its colour, hatch, dimming and outline. Pure data, read by the
 * MapLibre style (src/map/map-style.ts), the legend, the badges and the PNG export, so no second palette exists.
 */

/**
 * Ordered, colour-blind-safe ramp after ColorBrewer YlGnBu: darker = higher. "Not awarded" is a mid grey;
 * "no record" is near-white and hatched on the map, so the two never read alike. Checked by
 * tests/unit/colour-vision.test.ts: every pair stays apart (CIE ΔE ≥ 15) under simulated protanopia,
 * deuteranopia and tritanopia, and badge text keeps WCAG AA contrast (4.5:1).
 */
export const CATEGORY_COLORS: Record<CategoryStatus, string> = {
  utama: '#253494',
  madya: '#2171b5',
  pratama: '#a1dab4',
  /** Off the blue ramp: an award whose rank the page does not give. */
  awarded: '#c994c7',
  none: '#767676',
  unknown: '#f2f2f2',
};

/**
 * The change map's colours: blue for better, orange-red for worse, grey for the same, a dark purple for what
 * cannot be compared; the two "no record" sides are pale and, where the selected edition has no record,
 * hatched as on the category map. Checked for colour vision like the categories (tests/unit/colour-vision.test.ts).
 */
export const CHANGE_COLORS: Record<ChangeClass, string> = {
  up: '#2166ac',
  down: '#d6604d',
  same: '#7a7a7a',
  new: '#92c5de',
  unclear: '#762a83',
  nobase: '#fee0b6',
  dropped: '#c4c4c4',
  nodata: '#f2f2f2',
};

/** Every class the map can colour a region with, in either mode. */
export const MAP_CLASS_COLORS: Record<MapClass, string> = { ...CATEGORY_COLORS, ...CHANGE_COLORS };

/** Classes drawn hatched: the selected edition has no record of the region. */
export const HATCHED_CLASSES: ReadonlySet<MapClass> = new Set<MapClass>(['unknown', 'dropped', 'nodata']);

/** Text colour that keeps WCAG AA contrast on each swatch. */
export const CATEGORY_TEXT: Record<CategoryStatus, string> = {
  utama: '#ffffff',
  madya: '#ffffff',
  pratama: '#1a1a1a',
  awarded: '#1a1a1a',
  none: '#ffffff',
  unknown: '#1a1a1a',
};

/** Outline of regions carrying imported records (map, legend and PNG). */
export const IMPORTED_OUTLINE = '#e6550d';
/** Outline of the selected region. */
export const SELECTED_OUTLINE = '#d95f02';
/** Outline of the region under the pointer or the keyboard focus. */
export const FOCUS_OUTLINE = '#111111';
/** Stroke of the diagonal hatch on "no record" (RGBA). */
export const HATCH_RGBA: readonly [number, number, number, number] = [150, 150, 150, 255];
/** The hatch drawn as vector (SVG download, 2D map): one 8 px tile of diagonals, stroked 1 px in the hatch colour. */
export const HATCH_TILE = { size: 8, path: 'M0 8L8 0M-1 1L1 -1M7 9L9 7', stroke: `rgb(${HATCH_RGBA.slice(0, 3).join(',')})` } as const;
/** Fill opacity of a region inside / outside the filter: outside is drawn faint, so the map keeps its shape. */
export const FILL_OPACITY = { shown: 0.92, dimmed: 0.18 } as const;
/** Opacity of the hatch over a "no record" region's fill. */
export const HATCH_OPACITY = 0.6;
/** Outline widths (px): the region under the pointer, the selected one, the keyboard's focus. */
export const OUTLINE_WIDTH = { hover: 2, selected: 3, focus: 3 } as const;
/** The sea behind the regions. */
export const SEA_COLOR = '#dbe7ef';
/** The line between two regions, and the province lines drawn over them. */
export const REGION_BORDER = { color: '#ffffff', width: 0.4 } as const;
export const PROVINCE_LINE_COLOR = '#3a3a3a';

/** What one region polygon shows. */
export interface RegionPaintState {
  /** The class its colour stands for (category, or change on the change map). */
  paint: MapClass;
  /** Outside the filter: drawn faint rather than removed, so the map keeps its shape. */
  dim: boolean;
  /** No record in this edition and not dimmed: hatched. */
  hatch: boolean;
  selected: boolean;
}

/** The paint state of every region with its own polygon (units drawn inside a parent do not colour it). */
export function paintStates(rows: readonly RegionRow[], selectedPolygon: string | null): Map<string, RegionPaintState> {
  const out = new Map<string, RegionPaintState>();
  for (const r of rows) {
    if (r.region.polygon.kind !== 'own') continue;
    const code = r.region.code;
    const dim = !r.matchesFilter;
    out.set(code, { paint: r.mapClass, dim, hatch: HATCHED_CLASSES.has(r.mapClass) && !dim, selected: code === selectedPolygon });
  }
  return out;
}

/** Only the regions whose state differs from what is already drawn: the rest cost nothing to repaint. */
export function changedStates(next: ReadonlyMap<string, RegionPaintState>, prev: ReadonlyMap<string, RegionPaintState> | null): [string, RegionPaintState][] {
  const out: [string, RegionPaintState][] = [];
  for (const [code, s] of next) {
    const p = prev?.get(code);
    if (!p || (Object.keys(s) as (keyof RegionPaintState)[]).some((k) => p[k] !== s[k])) out.push([code, s]);
  }
  return out;
}

/** Regions with their own polygon that carry imported records in the edition: outlined dashed. */
export function importedCodes(rows: readonly RegionRow[]): string[] {
  return rows.filter((r) => r.imported && r.region.polygon.kind === 'own').map((r) => r.region.code);
}

/** Which polygon to outline and fit for a selected code: its own, the parent it lies inside, or none. */
export function polygonFor(code: string | null, rows: readonly RegionRow[]): string | null {
  if (!code) return null;
  const row = rows.find((r) => r.region.code === code);
  if (!row) return null;
  if (row.region.polygon.kind === 'own') return code;
  if (row.region.polygon.kind === 'inside') return row.region.polygon.coveredBy;
  return null;
}
