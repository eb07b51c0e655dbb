import { describe, expect, it } from 'vitest';
import { bundledDataset, testDataset } from '../../tests/unit/load-fixtures';
import type { AwardOutcome, AwardRecord, Evidence } from './award-record';
import { categoriesForEdition, highestOutcome, restsOnList } from './category-status';
import { regionInEdition, selectRegionRows } from './select-regions';

const { file } = bundledDataset();
const rec = (category: AwardOutcome, evidence?: Evidence, n = 1): AwardRecord => ({
  ...file.records[0]!,
  id: `99.01/2026/${n}`,
  code: '99.01',
  year: 2026,
  category,
  ...(evidence ? { evidence } : {}),
});

describe('source precedence: the region’s own statement before someone else’s remark', () => {
  it('a first-hand Pratama outranks a higher category in a remark, and the sources still disagree', () => {
    const records = [rec('utama', 'remark', 1), rec('pratama', 'first-hand', 2)];
    expect(highestOutcome(records)).toBe('pratama');
    expect(regionInEdition(records, 2026)).toMatchObject({ outcome: 'pratama', conflict: true, inferred: false });
    expect(categoriesForEdition(records, 2026).byCode.get('99.01')).toBe('pratama');
    expect(categoriesForEdition(records, 2026).conflicts.get('99.01')).toEqual(['utama', 'pratama']);
  });

  it('ranks first-hand > stated > list > remark; among equals the highest category is shown', () => {
    expect(highestOutcome([rec('utama', 'remark'), rec('madya')])).toBe('madya');
    expect(highestOutcome([rec('none', 'list'), rec('pratama', 'remark')])).toBe('none');
    expect(highestOutcome([rec('none', 'list'), rec('pratama')])).toBe('pratama');
    expect(highestOutcome([rec('madya'), rec('utama')])).toBe('utama');
  });

  it('lets a weaker page’s category refine a stronger "awarded, category not stated": they do not disagree', () => {
    const records = [rec('awarded', 'first-hand'), rec('madya')];
    expect(highestOutcome(records)).toBe('madya');
    expect(regionInEdition(records, 2026).conflict).toBe(false);
  });

  it('marks an outcome that rests on a list inference alone, and not one a page also states', () => {
    expect(restsOnList([rec('none', 'list')])).toBe(true);
    expect(restsOnList([rec('none', 'list'), rec('none')])).toBe(false);
    expect(restsOnList([rec('pratama', 'list'), rec('awarded')])).toBe(true);
    expect(restsOnList([])).toBe(false);
  });
});

describe('in the bundled data', () => {
  const rows = selectRegionRows(testDataset(), { year: 2026, provinces: [], categories: [], changes: [] });
  const row = (code: string) => rows.find((r) => r.region.code === code)!;

  it('Kota Tarakan 2026: the map shows the certificate-backed Pratama, its primary is a first-hand record, and the conflict stays', () => {
    const tarakan = row('65.71');
    expect(tarakan.status).toBe('pratama');
    expect(tarakan.conflict).toBe(true);
    expect(tarakan.primary?.evidence).toBe('first-hand');
  });

  it('Lampung 2026: the eleven regions beside the four named recipients are not awarded by inference; the four are not', () => {
    const lampung = rows.filter((r) => r.region.provinceCode === '18');
    expect(lampung.filter((r) => r.inferred).map((r) => r.status)).toEqual(Array(11).fill('none'));
    expect(lampung.filter((r) => !r.inferred).map((r) => r.region.code)).toEqual(['18.01', '18.03', '18.13', '18.72']);
  });

  it('Bengkulu 2026: "daerah lainnya Pratama" refines Bengkulu Utara’s category-less award; a stated Pratama is not counted as inferred', () => {
    expect(row('17.03')).toMatchObject({ status: 'pratama', inferred: true, conflict: false });
    expect(row('17.71')).toMatchObject({ status: 'pratama', inferred: false });
  });
});
