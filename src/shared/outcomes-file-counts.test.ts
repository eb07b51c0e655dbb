import { describe, expect, it } from 'vitest';
import { translate } from '@/i18n/dictionary';
import { createDataset } from '@/domain/dataset';
import { withImportedLayers } from '@/domain/imported-layer';
import { selectRegionRows, type MapLevel, type MapMode, type RegionFilter } from '@/domain/select-regions';
import { countView } from '@/domain/view-counts';
import { describeView } from './view-count-lines';
import { DEFAULT_VIEW } from '@/state/view-state';
import { bundledDataset, testRegionsFile } from '../../tests/unit/load-fixtures';
import { recordsFromOutcomes, toOutcomesFile } from '@/data/award-outcomes';
import { withFullRecords } from '@/data/dataset-queries';

const file = bundledDataset().file;
const full = createDataset({ ...testRegionsFile(), ...file });
// The first view's path: the file as the build writes it, through JSON, decoded as the app decodes it.
const lean = JSON.parse(JSON.stringify(toOutcomesFile(file))) as ReturnType<typeof toOutcomesFile>;
const leanDs = createDataset({
  ...testRegionsFile(),
  editions: lean.editions,
  criteria: lean.criteria,
  records: recordsFromOutcomes(lean.outcomes),
  detail: 'outcomes',
});

/** Every view the counts can be asked for: each edition, level, mode and baseline, all of Indonesia and each province. */
function* views(): Generator<RegionFilter> {
  for (const year of full.years)
    for (const level of ['kabkota', 'provinsi'] as MapLevel[])
      for (const mode of ['category', 'change'] as MapMode[])
        for (const base of mode === 'change' ? [null, ...full.years.filter((y) => y < year)] : [null])
          for (const provinces of [[], ...full.provinces.map((p) => [p.code])]) yield { year, level, mode, base, provinces, categories: [], changes: [] };
}

describe('the first view’s outcomes file', () => {
  it('gives the counts of every view exactly as the full records do (real data)', () => {
    let n = 0;
    for (const f of views()) {
      const a = selectRegionRows(full, f);
      const b = selectRegionRows(leanDs, f);
      expect(countView(b, f), JSON.stringify(f)).toEqual(countView(a, f));
      const strip = (rows: typeof a) => rows.map((r) => [r.region.code, r.status, r.mapClass, r.change, r.base, r.conflict, r.inferred, r.imported].join('|'));
      expect(strip(b)).toEqual(strip(a));
      n += 1;
    }
    expect(n).toBeGreaterThan(300);
  });

  it('words the summary the same in both languages', () => {
    for (const lang of ['id', 'en'] as const)
      for (const year of full.years) {
        const v = { ...DEFAULT_VIEW, year };
        const t = (k: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, k, vars);
        const f = { ...v, year };
        expect(describeView(leanDs, selectRegionRows(leanDs, f), v, year, t, lang)).toEqual(describeView(full, selectRegionRows(full, f), v, year, t, lang));
      }
  });

  it('carries no fact a panel shows, so nothing partial can be read from it, and is a small part of awards.json', () => {
    for (const r of leanDs.records) {
      expect(r.sources).toEqual([]);
      expect(r.metrics).toEqual({});
      expect(r.recipient).toBeUndefined();
      expect(r.note).toBeUndefined();
    }
    expect(leanDs.records.map((r) => r.id)).toEqual(full.records.map((r) => r.id));
    expect(JSON.stringify(lean).length).toBeLessThan(JSON.stringify(file).length / 5);
  });

  it('is replaced by the full records with a reader’s imports kept after them', () => {
    const mine = { ...full.records[0]!, id: 'x/1', origin: { kind: 'imported' as const, file: 'mine.csv', importedAt: '2026-12-01T00:00:00Z', line: 2 } };
    const shown = withImportedLayers(leanDs, [{ id: 'l', fileName: 'mine.csv', importedAt: mine.origin.importedAt, hidden: false, records: [mine] }]);
    const whole = withFullRecords(shown, file.records);
    expect(whole.detail).toBe('full');
    expect(whole.records.map((r) => r.id)).toEqual([...file.records.map((r) => r.id), 'x/1']);
    expect(whole.recordsByCode.get(mine.code)?.at(-1)?.origin.kind).toBe('imported');
    expect(withFullRecords(shown, file.records)).toBe(whole);
  });
});
