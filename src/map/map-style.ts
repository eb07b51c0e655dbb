import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { MapClass, MapLevel, RegionRow } from '@/domain/select-regions';
import {
  FILL_OPACITY,
  FOCUS_OUTLINE,
  HATCH_OPACITY,
  HATCH_RGBA,
  importedCodes,
  IMPORTED_OUTLINE,
  MAP_CLASS_COLORS,
  OUTLINE_WIDTH,
  PROVINCE_LINE_COLOR,
  REGION_BORDER,
  SEA_COLOR,
  SELECTED_OUTLINE,
  type RegionPaintState,
} from '@/shared/region-paint';

/** Only types come from maplibre here, so this module is tested without WebGL. */

export const REGIONS_SOURCE = 'regions';
export const PROVINCES_SOURCE = 'provinces';
export const LAYER = {
  fill: 'regions-fill',
  hatch: 'regions-no-record',
  border: 'regions-border',
  /** Hover, keyboard focus and selection. */
  outline: 'regions-outline',
  imported: 'regions-imported',
  provinces: 'provinces-line',
  /** The province level: provinces coloured by their own award. */
  provinceFill: 'provinces-fill',
  provinceHatch: 'provinces-no-record',
  provinceOutline: 'provinces-outline',
} as const;

/** The layers each map level shows; the province lines show on both. */
export const LEVEL_LAYERS: Record<MapLevel, readonly string[]> = {
  kabkota: [LAYER.fill, LAYER.hatch, LAYER.border, LAYER.imported, LAYER.outline],
  provinsi: [LAYER.provinceFill, LAYER.provinceHatch, LAYER.provinceOutline],
};

/** The source whose features (and feature-state) stand for the units of a level. */
export const LEVEL_SOURCE: Record<MapLevel, string> = { kabkota: 'regions', provinsi: 'provinces' };
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
    // Paint changes show in the next frame: the default 300 ms fade would hold every repaint (and idle) back.
    transition: { duration: 0, delay: 0 },
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': SEA_COLOR } }],
  };
}

/**
 * Each region's paint state (src/shared/region-paint.ts) is held as MapLibre feature-state and read through
 * the constant expressions in REGION_PAINT, so a filter or edition change updates colour buffers in place: no
 * tile is re-tessellated in the worker (a data-driven paint or filter change would re-lay out the whole source).
 */
type StateName = keyof RegionPaintState | 'hover' | 'kb';
const state = (name: StateName, fallback: string | boolean): ExpressionSpecification => ['coalesce', ['feature-state', name], fallback];
const flag = (name: StateName): ExpressionSpecification => ['boolean', state(name, false)];

/** Paint expressions, fixed for the life of the map; only feature-state changes. */
export const REGION_PAINT = {
  fillColor: [
    'match',
    state('paint', 'unknown'),
    ...(Object.keys(MAP_CLASS_COLORS) as MapClass[]).filter((s) => s !== 'unknown').flatMap((s) => [s, MAP_CLASS_COLORS[s]]),
    MAP_CLASS_COLORS.unknown,
  ] as ExpressionSpecification,
  fillOpacity: ['case', flag('dim'), FILL_OPACITY.dimmed, FILL_OPACITY.shown] as ExpressionSpecification,
  hatchOpacity: ['case', flag('hatch'), HATCH_OPACITY, 0] as ExpressionSpecification,
  /** Keyboard focus in near-black, then the selection in orange (also while hovered), then hover: one line layer. */
  outlineColor: ['case', flag('kb'), FOCUS_OUTLINE, flag('selected'), SELECTED_OUTLINE, FOCUS_OUTLINE] as ExpressionSpecification,
  outlineWidth: [
    'case',
    flag('kb'),
    OUTLINE_WIDTH.focus,
    flag('selected'),
    OUTLINE_WIDTH.selected,
    flag('hover'),
    OUTLINE_WIDTH.hover,
    0,
  ] as ExpressionSpecification,
  importedOpacity: ['case', flag('dim'), 0, 1] as ExpressionSpecification,
};

/**
 * Regions outlined as imported: a filter, not feature-state, because the dashed line has a program of its
 * own that should not be compiled and drawn for nobody. It changes only when imports change.
 */
export function importedFilter(rows: readonly RegionRow[]): FilterSpecification {
  return ['in', ['get', 'code'], ['literal', importedCodes(rows)]] as FilterSpecification;
}

const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A level's colour fill and its "no record" hatch, both read from feature-state. */
function fillLayers(source: string, fill: string, hatch: string): LayerSpecification[] {
  return [
    // No fill antialiasing: the border lines already outline every polygon, and it would cost a program and a pass.
    { id: fill, type: 'fill', source, paint: { 'fill-color': REGION_PAINT.fillColor, 'fill-opacity': REGION_PAINT.fillOpacity, 'fill-antialias': false } },
    { id: hatch, type: 'fill', source, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': REGION_PAINT.hatchOpacity, 'fill-antialias': false } },
  ];
}

/** The region and province layers, bottom to top; the other level's layers are hidden (not laid out at all). */
function regionLayers(level: MapLevel): LayerSpecification[] {
  const shown = new Set(LEVEL_LAYERS[level]);
  const hidden = [...LEVEL_LAYERS.kabkota, ...LEVEL_LAYERS.provinsi].filter((id) => !shown.has(id));
  const layers: LayerSpecification[] = [
    ...fillLayers(REGIONS_SOURCE, LAYER.fill, LAYER.hatch),
    { id: LAYER.border, type: 'line', source: REGIONS_SOURCE, paint: { 'line-color': REGION_BORDER.color, 'line-width': REGION_BORDER.width } },
    ...fillLayers(PROVINCES_SOURCE, LAYER.provinceFill, LAYER.provinceHatch),
    {
      id: LAYER.provinces,
      type: 'line',
      source: PROVINCES_SOURCE,
      paint: { 'line-color': PROVINCE_LINE_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.6] },
    },
    {
      id: LAYER.imported,
      type: 'line',
      source: REGIONS_SOURCE,
      filter: importedFilter([]),
      paint: { 'line-color': IMPORTED_OUTLINE, 'line-width': 2, 'line-dasharray': [2, 1], 'line-opacity': REGION_PAINT.importedOpacity },
    },
    { id: LAYER.outline, type: 'line', source: REGIONS_SOURCE, paint: { 'line-color': REGION_PAINT.outlineColor, 'line-width': REGION_PAINT.outlineWidth } },
    {
      id: LAYER.provinceOutline,
      type: 'line',
      source: PROVINCES_SOURCE,
      paint: { 'line-color': REGION_PAINT.outlineColor, 'line-width': REGION_PAINT.outlineWidth },
    },
  ];
  return layers.map((l) => (hidden.includes(l.id) ? { ...l, layout: { visibility: 'none' } } : l)) as LayerSpecification[];
}

/**
 * The whole map in one style, boundaries included when they are already in (the addresses of
 * src/map/boundary-source.ts): MapLibre's worker then starts reading them in the frame after the map is created,
 * instead of after the style's load event and a React render (~150 ms later). Without them the sources start
 * empty and are filled with setData.
 */
export function mapStyle(boundaries?: { regions: string; provinces: string }, level: MapLevel = 'kabkota'): StyleSpecification {
  const base = baseStyle();
  return {
    ...base,
    sources: {
      [REGIONS_SOURCE]: { type: 'geojson', data: boundaries?.regions ?? NO_FEATURES, promoteId: 'code' },
      [PROVINCES_SOURCE]: { type: 'geojson', data: boundaries?.provinces ?? NO_FEATURES, promoteId: 'prov' },
    },
    layers: [...base.layers, ...regionLayers(level)],
  };
}

/** Diagonal hatch for "no record", drawn at runtime so no sprite is fetched. */
export function hatchPattern(size = 8): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % size === 0 || (x + y) % size === size - 1;
      const i = (y * size + x) * 4;
      data.set(on ? HATCH_RGBA : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}
