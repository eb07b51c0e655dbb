import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { translate } from '@/i18n/dictionary';
import { describeView } from '@/shared/view-count-lines';
import { DEFAULT_VIEW, type Lang, type ViewState } from '@/state/view-state';
import { testDataset } from '../../../tests/unit/load-fixtures';
import { legendChipText } from './legend-chip';

const ds = testDataset();
const chip = (v: Partial<ViewState>, lang: Lang = 'id') => {
  const view = { ...DEFAULT_VIEW, ...v };
  const rows = selectRegionRows(ds, { ...view, year: view.year ?? ds.latestYear });
  const d = describeView(ds, rows, view, view.year ?? ds.latestYear, (k, vars) => translate(lang, k, vars), lang);
  return { text: legendChipText(d, (k, vars) => translate(lang, k, vars), lang), d };
};

describe("the phone's folded legend", () => {
  const count = (d: ReturnType<typeof chip>['d'], keys: string[]) => d.counts.classes.filter((c) => keys.includes(c.key)).reduce((s, c) => s + c.shown!, 0);

  it('says how many awardees are on record and how many units have no record yet, from the counts the open legend lists', () => {
    const { text, d } = chip({ year: 2026 });
    const awarded = count(d, ['utama', 'madya', 'pratama', 'awarded']);
    const unknown = count(d, ['unknown']);
    expect(awarded).toBeGreaterThan(0);
    expect(unknown).toBeGreaterThan(0);
    expect(text).toBe(`${awarded} penerima tercatat · ${unknown} belum ada data`);
    // Never "x dari 514 dapat penghargaan" while units have no record: 397 were awarded, not x.
    expect(text).not.toMatch(/dari 514/);
    // "Tidak mendapat" is a record, not an award: it is not counted as one.
    expect(d.counts.classes.find((c) => c.key === 'none')!.shown).toBeGreaterThan(0);
    expect(chip({ year: 2026 }, 'en').text).toBe(`${awarded} awardees on record · ${unknown} no record yet`);
  });

  it('counts within the province filter', () => {
    const { text } = chip({ year: 2026, provinces: ['63'] });
    // Kalimantan Selatan 2026: Utama 2, Madya 3 of its 13 units on record, 8 without a record.
    expect(text).toBe('6 penerima tercatat · 7 belum ada data');
  });

  it('says "x dari y dapat penghargaan" only where every unit of the place has a record', () => {
    // Lampung 2026: all 15 kabupaten/kota have a record (awarded, or named not awarded).
    const { text, d } = chip({ year: 2026, provinces: ['18'] });
    expect(count(d, ['unknown'])).toBe(0);
    expect(text).toBe(`${count(d, ['utama', 'madya', 'pratama', 'awarded'])} dari 15 dapat penghargaan`);
  });

  it('under a category filter says how many the map shows of the place', () => {
    expect(chip({ year: 2026, provinces: ['63'], categories: ['utama'] }).text).toBe('2 dari 13 ditampilkan');
  });

  it('on the change map names the editions compared, in English too', () => {
    expect(chip({ year: 2026, mode: 'change' }).text).toBe('perubahan 2026 dibanding 2024');
    expect(chip({ year: 2026, mode: 'change' }, 'en').text).toMatch(/^change 2026 .* 2024$/);
  });
});
