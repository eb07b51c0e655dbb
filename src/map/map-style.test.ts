import { createExpression, validateStyleMin, latest } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { CATEGORY_COLORS } from '@/ui/category-style';
import { testDataset } from '../../tests/unit/load-fixtures';
import { baseStyle, hatchPattern, paintForRows, polygonFor } from './map-style';

const ds = testDataset();
const evalColor = (expr: unknown, code: string) => {
  const e = createExpression(expr, latest.paint_fill['fill-color'] as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return (e.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties: { code } } as never) as { toString(): string }).toString();
};
const evalNumber = (expr: unknown, code: string) => {
  const e = createExpression(expr, latest.paint_fill['fill-opacity'] as never);
  if (e.result !== 'success') throw new Error(JSON.stringify(e.value));
  return e.value.evaluate({ zoom: 5 }, { type: 'Polygon', properties: { code } } as never) as number;
};

describe('map style', () => {
  it('is a valid self-contained style with no remote tiles, glyphs or sprites', () => {
    const s = baseStyle();
    expect(validateStyleMin(s)).toEqual([]);
    expect(s.glyphs).toBeUndefined();
    expect(s.sprite).toBeUndefined();
    expect(Object.keys(s.sources)).toEqual([]);
  });

  it('colours each region by its category in the edition', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: [], categories: [], changes: [] });
    const p = paintForRows(rows, null);
    expect(evalColor(p.fillColor, '63.06')).toBe(CATEGORY_COLORS.utama); // HSS
    expect(evalColor(p.fillColor, '16.07')).toBe(CATEGORY_COLORS.madya); // Banyuasin
    expect(evalColor(p.fillColor, '16.02')).toBe(CATEGORY_COLORS.pratama); // OKI
    expect(evalColor(p.fillColor, '74.04')).toBe(CATEGORY_COLORS.none); // Buton, named as not awarded
    expect(evalColor(p.fillColor, '61.01')).toBe(CATEGORY_COLORS.unknown); // Sambas: no record
    const y2024 = paintForRows(selectRegionRows(ds, { year: 2024, provinces: [], categories: [], changes: [] }), null);
    expect(evalColor(y2024.fillColor, '16.07')).toBe(CATEGORY_COLORS.pratama);
  });

  it('dims regions outside the filter instead of removing them', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: ['63'], categories: ['utama'], changes: [] });
    const p = paintForRows(rows, null);
    expect(evalNumber(p.fillOpacity, '63.06')).toBeGreaterThan(0.9);
    expect(evalNumber(p.fillOpacity, '63.03')).toBeLessThan(0.3); // Banjar: Madya
    expect(evalNumber(p.fillOpacity, '16.07')).toBeLessThan(0.3);
    expect(evalColor(p.fillColor, '16.07')).toBe(CATEGORY_COLORS.madya);
  });

  it('outlines the parent polygon for a unit that has none of its own', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: [], categories: [], changes: [] });
    expect(polygonFor('32.18', rows)).toBe('32.07');
    expect(polygonFor('16.07', rows)).toBe('16.07');
    expect(paintForRows(rows, '32.07').selectedFilter).toEqual(['==', ['get', 'code'], '32.07']);
  });

  it('draws a visible hatch tile for no record', () => {
    const h = hatchPattern(8);
    expect(h.data.length).toBe(8 * 8 * 4);
    const opaque = [...Array(64).keys()].filter((i) => h.data[i * 4 + 3] === 255).length;
    expect(opaque).toBeGreaterThan(8);
    expect(opaque).toBeLessThan(32);
  });
});
