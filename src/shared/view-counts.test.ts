import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/dictionary';
import { describeView } from './view-count-lines';
import { DEFAULT_VIEW, type ViewState } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import { selectRegionRows, type RegionRow } from '@/domain/select-regions';
import { CHANGE_CLASSES } from '@/domain/transitions';
import { countView } from '@/domain/view-counts';

const ds = testDataset();
const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });
const rowsOf = (v: ViewState) => selectRegionRows(ds, { ...v, year: v.year ?? ds.latestYear });
const inPlace = (rows: RegionRow[], provinces: string[]) => rows.filter((r) => !provinces.length || provinces.includes(r.region.provinceCode));

describe('the count rule', () => {
  it('a category hidden by the filter is hidden, with its true count in the place — never 0 (Jawa Timur, only Madya)', () => {
    const v = view({ provinces: ['35'], categories: ['madya'] });
    const rows = rowsOf(v);
    const c = countView(rows, v);
    const place = inPlace(rows, ['35']);
    for (const k of CATEGORY_STATUSES) {
      const n = place.filter((r) => r.status === k).length;
      const cls = c.classes.find((x) => x.key === k)!;
      expect(cls.inPlace, k).toBe(n);
      expect(cls.shown, k).toBe(k === 'madya' ? n : null);
    }
    expect(c.placeTotal).toBe(place.length);
    expect(c.shownTotal).toBe(place.filter((r) => r.status === 'madya').length);
    expect(c.narrowed).toBe(true);
  });

  it('says so in words on every output: "disembunyikan filter" and the count in the place, never a bare 0', () => {
    const v = view({ provinces: ['35'], categories: ['madya'] });
    const rows = rowsOf(v);
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', k, vars);
    const d = describeView(ds, rows, v, 2026, t, 'id');
    const unknown = d.lines.find((l) => l.key === 'unknown')!;
    const n = inPlace(rows, ['35']).filter((r) => r.status === 'unknown').length;
    expect(unknown.value).toBe(`disembunyikan filter (${n} di wilayah ini)`);
    expect(unknown.hidden).toBe(true);
    expect(d.scope.place).toBe('Jawa Timur');
    expect(d.scope.filters).toEqual(['hanya Madya']);
    expect(d.sentence).toContain('Jawa Timur · hanya Madya');
    expect(d.sentence).not.toMatch(/Utama: 0\b/);
  });

  it('a change filter narrows every category without hiding any: "n dari m" where they differ', () => {
    const v = view({ changes: ['up'] });
    const rows = rowsOf(v);
    const c = countView(rows, v);
    expect(c.classes.every((x) => x.shown !== null && x.shown <= x.inPlace)).toBe(true);
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', k, vars);
    const d = describeView(ds, rows, v, 2026, t, 'id');
    const unknown = d.lines.find((l) => l.key === 'unknown')!;
    expect(unknown.value).toMatch(/^0 dari \d+$/);
    expect(d.scope.filters).toEqual(['Perubahan dibanding 2024: naik']);
  });

  it('the change map counts change classes against the named baseline; a filtered class list hides the rest', () => {
    const v = view({ mode: 'change', changes: ['up', 'new'] });
    const rows = rowsOf(v);
    const c = countView(rows, v);
    expect(c.classes.map((x) => x.key)).toEqual(CHANGE_CLASSES);
    for (const x of c.classes) expect(x.shown === null, x.key).toBe(!['up', 'new'].includes(x.key));
    expect(rows.find((r) => r.region.code === '16.07')!.mapClass).toBe('up');
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('en', k, vars);
    expect(describeView(ds, rows, v, 2026, t, 'en').scope.comparison).toBe('2026 compared with 2024');
  });

  it('"new" only where the baseline says "not awarded"; a region without a baseline record is "no record for 2024"', () => {
    const rows = rowsOf(view({ mode: 'change' }));
    // Kota Tanjungpinang: "not awarded" in 2026, nothing recorded for 2024 — it was shown as "baru".
    const tpi = rows.find((r) => r.region.code === '21.72')!;
    expect(tpi.status).toBe('none');
    expect(tpi.mapClass).toBe('nobase');
    for (const r of rows.filter((x) => x.change === 'new')) expect(r.base).toBe('none');
    for (const r of rows.filter((x) => x.change === 'nobase')) expect(r.base).toBeUndefined();
  });

  it('the oldest edition has nothing to compare with: every region is "no data" and no change is claimed', () => {
    const v = view({ year: 2023, mode: 'change' });
    const rows = rowsOf(v);
    expect(rows.every((r) => r.change === null && r.mapClass === 'nodata')).toBe(true);
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', k, vars);
    expect(describeView(ds, rows, v, 2023, t, 'id').years.base).toBeNull();
  });

  it('counts that include imported records say so', () => {
    const rows = rowsOf(view({})).map((r, i) => (i === 0 ? { ...r, imported: true } : r));
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', k, vars);
    const d = describeView(ds, rows, view({}), 2026, t, 'id');
    expect(d.counts.importedShown).toBe(1);
    expect(d.scope.filters).toContain('termasuk data impor Anda');
  });

  it('counts outcomes inferred from a complete list apart from stated ones, and says so (Lampung and Bengkulu 2026)', () => {
    const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('id', k, vars);
    const lampung = view({ provinces: ['18'] });
    const d = describeView(ds, rowsOf(lampung), lampung, 2026, t, 'id');
    expect(d.counts.classes.find((c) => c.key === 'none')).toMatchObject({ shown: 11, inferredShown: 11 });
    expect(d.lines.find((l) => l.key === 'none')!.value).toBe('11 (11 disimpulkan dari daftar lengkap)');
    // Stated classes say nothing of inference; the legend's narrow column keeps the bare count.
    expect(d.lines.find((l) => l.key === 'pratama')!.value).toBe('2');
    expect(d.lines.find((l) => l.key === 'none')!.short).toBe('11');
    expect(d.sentence).toContain('Tidak mendapat: 11 (11 disimpulkan dari daftar lengkap)');
    const bengkulu = view({ provinces: ['17'] });
    const pratama = countView(rowsOf(bengkulu), bengkulu).classes.find((c) => c.key === 'pratama')!;
    expect(pratama).toMatchObject({ shown: 7, inferredShown: 5 });
    // A class the filter hides counts no inference either.
    const onlyMadya = view({ provinces: ['17'], categories: ['madya'] });
    expect(countView(rowsOf(onlyMadya), onlyMadya).classes.find((c) => c.key === 'pratama')).toMatchObject({ shown: null, inferredShown: 0 });
  });
});
