import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { testDataset } from '../../tests/unit/load-fixtures';
import { keyboardOrder, nextRegion } from './keyboard-order';

const ds = testDataset();
// Stand-in centres: the code's number as a longitude keeps the test independent of the boundary file.
const centers = new Map(ds.regencies.map((r) => [r.code, [Number(r.code.slice(3)) * (r.code === '63.06' ? 0.1 : 1), 0] as [number, number]]));

describe('keyboard order on the map', () => {
  it('walks the filtered regions province by province, west to east', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: ['63'], categories: [], changes: [] });
    const order = keyboardOrder(rows, centers);
    expect(order).toHaveLength(13);
    expect(order[0]).toBe('63.06'); // the westernmost by its centre
    expect(order.every((c) => c.startsWith('63.'))).toBe(true);
  });

  it('skips units without a polygon of their own', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: ['32'], categories: [], changes: [] });
    expect(keyboardOrder(rows, centers)).not.toContain('32.18');
  });

  it('moves with arrows, wraps, and jumps by province with Page keys', () => {
    const order = ['11.01', '11.02', '12.01', '12.02', '13.01'];
    expect(nextRegion(order, null, 'ArrowRight')).toBe('11.01');
    expect(nextRegion(order, null, 'ArrowLeft')).toBe('13.01');
    expect(nextRegion(order, '11.02', 'ArrowDown')).toBe('12.01');
    expect(nextRegion(order, '13.01', 'ArrowRight')).toBe('11.01');
    expect(nextRegion(order, '11.01', 'ArrowUp')).toBe('13.01');
    expect(nextRegion(order, '11.01', 'PageDown')).toBe('12.01');
    expect(nextRegion(order, '13.01', 'PageDown')).toBe('11.01');
    expect(nextRegion(order, '12.02', 'PageUp')).toBe('12.01');
    expect(nextRegion(order, '12.01', 'PageUp')).toBe('11.01');
    expect(nextRegion(order, '12.02', 'Home')).toBe('11.01');
    expect(nextRegion(order, '11.01', 'End')).toBe('13.01');
    expect(nextRegion([], null, 'ArrowRight')).toBeNull();
  });
});
