import { createExpression, validateStyleMin, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { testDataset } from '../../tests/unit/load-fixtures';
import { changedStates, paintStates, polygonFor, type RegionPaintState } from '@/shared/region-paint';
import { boundarySources, parseBoundarySourceUrl } from './boundary-source';
import { baseStyle, hatchPattern, importedFilter, LAYER, mapStyle, PROVINCES_SOURCE, REGION_PAINT, REGIONS_SOURCE } from './map-style';

const ds = testDataset();
/** What MapLibre draws for a region: the fixed paint expressions evaluated on that region's feature-state. */
const drawn = (states: Map<string, RegionPaintState>, code: string) => {
  const evaluate = (expr: unknown, spec: unknown) => {
    const e = createExpression(expr, spec as never);
    if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
    return e.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties: { code } } as never, { ...states.get(code) } as never);
  };
  return {
    color: (evaluate(REGION_PAINT.fillColor, latest.paint_fill['fill-color']) as { toString(): string }).toString(),
    opacity: evaluate(REGION_PAINT.fillOpacity, latest.paint_fill['fill-opacity']) as number,
    hatch: evaluate(REGION_PAINT.hatchOpacity, latest.paint_fill['fill-opacity']) as number,
    outline: evaluate(REGION_PAINT.outlineWidth, latest.paint_line['line-width']) as number,
    outlineColor: (evaluate(REGION_PAINT.outlineColor, latest.paint_line['line-color']) as { toString(): string }).toString(),
  };
};
const rowsFor = (year: number, provinces: string[] = [], categories: ('utama' | 'madya' | 'pratama')[] = []) =>
  selectRegionRows(ds, { year, provinces, categories, changes: [] });

describe('map style', () => {
  it('is a valid self-contained style with no remote tiles, glyphs or sprites', () => {
    const s = baseStyle();
    expect(validateStyleMin(s)).toEqual([]);
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(Object.keys(s.sources)).toEqual([]);
  });

  it('carries the boundaries in the map style when they are in, and empty sources to fill later when not', () => {
    // The map is created without MapLibre's own validation, so it is checked here. The boundaries are addresses
    // MapLibre's worker reads the file from (boundary-source.ts), not GeoJSON built on the page.
    const { regions, provinces } = boundarySources({ url: '/data/boundaries.topo.json?v=1' }, 'https://peta.example/');
    for (const s of [mapStyle({ regions, provinces }), mapStyle()]) {
      expect(validateStyleMin(s)).toEqual([]);
      expect(s.glyphs).toBeUndefined();
      expect(s.sprite).toBeUndefined();
      // Regions are drawn under the province lines, with hover/selection on top.
      expect(s.layers.map((l) => l.id)).toEqual([
        'sea',
        LAYER.fill,
        LAYER.hatch,
        LAYER.border,
        LAYER.provinceFill,
        LAYER.provinceHatch,
        LAYER.provinces,
        LAYER.imported,
        LAYER.outline,
        LAYER.provinceOutline,
      ]);
      // Feature-state is keyed by the Kemendagri code.
      expect(s.sources[REGIONS_SOURCE]).toMatchObject({ type: 'geojson', promoteId: 'code' });
    }
    expect(mapStyle({ regions, provinces }).sources[REGIONS_SOURCE]).toMatchObject({ data: regions });
    expect(mapStyle({ regions, provinces }).sources[PROVINCES_SOURCE]).toMatchObject({ data: provinces });
    expect(parseBoundarySourceUrl(regions)).toEqual({ object: 'regions', file: 'https://peta.example/data/boundaries.topo.json?v=1' });
    expect(parseBoundarySourceUrl(provinces)).toEqual({ object: 'provinces', file: 'https://peta.example/data/boundaries.topo.json?v=1' });
    expect(mapStyle().sources[REGIONS_SOURCE]).toMatchObject({ data: { type: 'FeatureCollection', features: [] } });
  });

  it('colours each region by its category in the edition', () => {
    const p = paintStates(rowsFor(2026), null);
    expect(drawn(p, '63.06').color).toBe(CATEGORY_COLORS.utama); // HSS
    expect(drawn(p, '16.07').color).toBe(CATEGORY_COLORS.madya); // Banyuasin
    expect(drawn(p, '16.02').color).toBe(CATEGORY_COLORS.pratama); // OKI
    expect(drawn(p, '74.04').color).toBe(CATEGORY_COLORS.none); // Buton, named as not awarded
    expect(drawn(p, '61.01').color).toBe(CATEGORY_COLORS.unknown); // Sambas: no record
    expect(drawn(p, '61.01').hatch).toBeGreaterThan(0);
    expect(drawn(p, '16.07').hatch).toBe(0);
    expect(drawn(paintStates(rowsFor(2024), null), '16.07').color).toBe(CATEGORY_COLORS.pratama);
  });

  it('draws a region with no state yet as no record, never as a category', () => {
    expect(drawn(new Map(), '16.07').color).toBe(CATEGORY_COLORS.unknown);
    expect(drawn(new Map(), '16.07').outline).toBe(0);
  });

  it('dims regions outside the filter instead of removing them', () => {
    const p = paintStates(rowsFor(2026, ['63'], ['utama']), null);
    expect(drawn(p, '63.06').opacity).toBeGreaterThan(0.9);
    expect(drawn(p, '63.03').opacity).toBeLessThan(0.3); // Banjar: Madya
    expect(drawn(p, '16.07').opacity).toBeLessThan(0.3);
    expect(drawn(p, '16.07').color).toBe(CATEGORY_COLORS.madya);
    expect(drawn(p, '61.01').hatch).toBe(0); // dimmed no-record regions are not hatched over
  });

  it('outlines the parent polygon for a unit that has none of its own', () => {
    const rows = rowsFor(2026);
    expect(polygonFor('32.18', rows)).toBe('32.07');
    expect(polygonFor('16.07', rows)).toBe('16.07');
    const p = paintStates(rows, '32.07');
    expect(drawn(p, '32.07').outline).toBe(3);
    expect(drawn(p, '16.07').outline).toBe(0);
    // Hovering the selected region keeps it orange; hovering another outlines that one in near-black.
    const hovered = new Map([...p].map(([c, s]) => [c, { ...s, hover: c === '32.07' || c === '16.07' }]));
    expect(drawn(hovered, '32.07').outlineColor).toBe(drawn(p, '32.07').outlineColor);
    expect(drawn(hovered, '32.07').outlineColor).not.toBe(drawn(hovered, '16.07').outlineColor);
    expect(drawn(hovered, '16.07').outline).toBe(2);
  });

  it('sends the map only the regions a filter change touches', () => {
    const all = paintStates(rowsFor(2026), null);
    expect(all.size).toBeGreaterThan(400);
    expect(changedStates(all, null)).toHaveLength(all.size);
    expect(changedStates(all, all)).toEqual([]);
    const kalsel = changedStates(paintStates(rowsFor(2026, ['63']), null), all);
    expect(kalsel.length).toBeGreaterThan(0);
    expect(kalsel.every(([code, s]) => !code.startsWith('63.') && s.dim)).toBe(true);
  });

  it('outlines imported regions by a filter that only imports change', () => {
    const rows = rowsFor(2026);
    expect(importedFilter(rows)).toEqual(['in', ['get', 'code'], ['literal', []]]);
    const withImport = rows.map((r) => (r.region.code === '16.07' ? { ...r, imported: true } : r));
    expect(importedFilter(withImport)).toEqual(['in', ['get', 'code'], ['literal', ['16.07']]]);
  });

  it('draws a visible hatch tile for no record', () => {
    const h = hatchPattern(8);
    expect(h.data.length).toBe(8 * 8 * 4);
    const opaque = [...Array(64).keys()].filter((i) => h.data[i * 4 + 3] === 255).length;
    expect(opaque).toBeGreaterThan(8);
    expect(opaque).toBeLessThan(32);
  });

  it('shows one level at a time: kab/kota layers or province layers, province lines on both', () => {
    const visible = (level: 'kabkota' | 'provinsi') =>
      mapStyle(undefined, level)
        .layers.filter((l) => (l.layout as { visibility?: string } | undefined)?.visibility !== 'none')
        .map((l) => l.id);
    expect(visible('kabkota')).toEqual(['sea', LAYER.fill, LAYER.hatch, LAYER.border, LAYER.provinces, LAYER.imported, LAYER.outline]);
    expect(visible('provinsi')).toEqual(['sea', LAYER.provinceFill, LAYER.provinceHatch, LAYER.provinces, LAYER.provinceOutline]);
    expect(validateStyleMin(mapStyle(undefined, 'provinsi'))).toEqual([]);
    // Province feature-state is keyed by the province code.
    expect(mapStyle().sources[PROVINCES_SOURCE]).toMatchObject({ promoteId: 'prov' });
  });
});
