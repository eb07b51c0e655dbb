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
  it('says how many of the place were awarded, from the same counts the open legend lists', () => {
    const { text, d } = chip({ year: 2026 });
    const awarded = d.counts.classes.filter((c) => ['utama', 'madya', 'pratama', 'awarded'].includes(c.key)).reduce((s, c) => s + c.shown!, 0);
    expect(awarded).toBeGreaterThan(0);
    expect(text).toBe(`${awarded} dari ${d.counts.placeTotal} dapat penghargaan`);
    // "Tidak mendapat" is a record, not an award: it is not counted as one.
    expect(d.counts.classes.find((c) => c.key === 'none')!.shown).toBeGreaterThan(0);
  });

  it('counts within the province filter', () => {
    const { text } = chip({ year: 2026, provinces: ['63'] });
    // Kalimantan Selatan 2026: Utama 2, Madya 3 of its 13 units.
    expect(text).toBe('5 dari 13 dapat penghargaan');
  });

  it('under a category filter says how many the map shows of the place', () => {
    expect(chip({ year: 2026, provinces: ['63'], categories: ['utama'] }).text).toBe('2 dari 13 ditampilkan');
  });

  it('on the change map names the editions compared, in English too', () => {
    expect(chip({ year: 2026, mode: 'change' }).text).toBe('perubahan 2026 dibanding 2024');
    expect(chip({ year: 2026, mode: 'change' }, 'en').text).toMatch(/^change 2026 .* 2024$/);
  });
});
