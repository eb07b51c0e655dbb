import type { ExpressionSpecification, FilterSpecification, StyleSpecification } from 'maplibre-gl';
import { CATEGORY_STATUSES, type CategoryStatus } from '@/domain/award-record';
import type { RegionRow } from '@/domain/select-regions';
import { CATEGORY_COLORS } from '@/ui/category-style';

/** Only types come from maplibre here, so this module is tested without WebGL. */

export const REGIONS_SOURCE = 'regions';
export const PROVINCES_SOURCE = 'provinces';
export const LAYER = {
  fill: 'regions-fill',
  hatch: 'regions-no-record',
  border: 'regions-border',
  hover: 'regions-hover',
  selected: 'regions-selected',
  imported: 'regions-imported',
  provinces: 'provinces-line',
} as const;
export const HATCH_IMAGE = 'hatch-no-record';

export const INDONESIA_BOUNDS: [[number, number], [number, number]] = [
  [94.7, -11.2],
  [141.2, 6.3],
];

/** A self-contained style: no tiles, glyphs or sprites to fetch, so the map works offline. */
export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#dbe7ef' } }],
  };
}

export interface MapPaint {
  fillColor: ExpressionSpecification;
  fillOpacity: ExpressionSpecification;
  hatchFilter: FilterSpecification;
  selectedFilter: FilterSpecification;
  /** Regions whose colour comes (at least partly) from an imported record: outlined so they read as such. */
  importedFilter: FilterSpecification;
}

/** Outline colour of regions carrying imported records (legend and PNG use the same). */
export const IMPORTED_OUTLINE = '#e6550d';

/**
 * Colours and dimming as `match` expressions on the feature's code, updated with setPaintProperty when
 * the edition or filters change — the GeoJSON source is never rebuilt.
 */
export function paintForRows(rows: readonly RegionRow[], selectedPolygon: string | null): MapPaint {
  const byStatus = new Map<CategoryStatus, string[]>(CATEGORY_STATUSES.map((s) => [s, []]));
  const dimmed: string[] = [];
  const imported: string[] = [];
  for (const r of rows) {
    // Units drawn inside a parent polygon do not colour it: the parent keeps its own category.
    if (r.region.polygon.kind !== 'own') continue;
    if (r.imported && r.matchesFilter) imported.push(r.region.code);
    byStatus.get(r.status)!.push(r.region.code);
    if (!r.matchesFilter) dimmed.push(r.region.code);
  }
  const colorArms: (string | string[])[] = [];
  for (const s of CATEGORY_STATUSES) {
    const codes = byStatus.get(s)!;
    if (s !== 'unknown' && codes.length) colorArms.push(codes, CATEGORY_COLORS[s]);
  }
  const code: ExpressionSpecification = ['get', 'code'];
  const fillColor = (colorArms.length ? ['match', code, ...colorArms, CATEGORY_COLORS.unknown] : ['literal', CATEGORY_COLORS.unknown]) as ExpressionSpecification;
  const fillOpacity = (dimmed.length ? ['match', code, dimmed, 0.18, 0.92] : ['literal', 0.92]) as ExpressionSpecification;
  const dimmedSet = new Set(dimmed);
  const unknown = byStatus.get('unknown')!.filter((c) => !dimmedSet.has(c));
  return {
    fillColor,
    fillOpacity,
    hatchFilter: ['in', code, ['literal', unknown]] as FilterSpecification,
    selectedFilter: ['==', code, selectedPolygon ?? ''] as FilterSpecification,
    importedFilter: ['in', code, ['literal', imported]] as FilterSpecification,
  };
}

/** Diagonal hatch for "no record", drawn at runtime so no sprite is fetched. */
export function hatchPattern(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y) % size === size - 1;
      const i = (y * size + x) * 4;
      data.set(on ? [150, 150, 150, 255] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
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
