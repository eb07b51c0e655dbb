import { describe, expect, it } from 'vitest';
import type { AwardOutcome, AwardRecord, Evidence } from '@/domain/award-record';
import { createDataset, type Dataset } from '@/domain/dataset';
import { translate, type MessageKey } from '@/i18n/dictionary';
import type { Lang } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { regionCardWords, regionFacts, regionPageDescription, regionPageTitle, regionShareMessage } from './region-page-text';

const tr = (lang: Lang) => (key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars);
const id = tr('id');
const en = tr('en');

let n = 0;
/** A record as the validator makes it; the sources are test addresses, not data. */
function record(code: string, year: number, category: AwardOutcome, extra: Partial<AwardRecord> = {}, evidence?: Evidence): AwardRecord {
  n += 1;
  return {
    id: `${code}/${year}/${n}`,
    code,
    level: code.length === 2 ? 'provinsi' : 'kabupaten',
    year,
    category,
    nameAsWritten: code,
    metrics: {},
    represents: [],
    accompanying: [],
    previous: [],
    sources: [{ url: `https://example.org/${n}`, publisher: `Publisher ${n}` }],
    origin: { kind: 'bundled', file: 'test.csv', line: n },
    ...(evidence ? { evidence } : {}),
    ...extra,
  };
}

/** The real gazetteer and editions with only the given records. */
function datasetWith(records: AwardRecord[]): Dataset {
  const real = testDataset();
  return createDataset({ ...real, records });
}

describe('a region page says what its preview should', () => {
  it('Banyuasin, as the bundled data has it: Madya 2026, up from Pratama 2024, its recipient and source', () => {
    const f = regionFacts(testDataset(), '16.07')!;
    expect(regionPageTitle(f, id)).toBe('Kabupaten Banyuasin: UHC Madya 2026');
    expect(regionPageDescription(f, id)).toBe('Naik dari Pratama (2024). Diterima Bupati Dr. H. Askolani · sumber: RADARCenter');
    expect(regionPageTitle(f, en)).toBe('Kabupaten Banyuasin: UHC Madya 2026');
    expect(regionPageDescription(f, en)).toBe('Up from Pratama (2024). Received by Bupati Dr. H. Askolani · source: RADARCenter');
    expect(regionShareMessage(f, id, 'https://x.id/wilayah/16.07-banyuasin/')).toBe(
      'Kabupaten Banyuasin meraih UHC Madya 2026 (2024: Pratama) — https://x.id/wilayah/16.07-banyuasin/',
    );
    expect(regionShareMessage(f, en, 'L')).toBe('Kabupaten Banyuasin won UHC Madya 2026 (2024: Pratama) — L');
  });

  it('a stated category going down, and one staying the same', () => {
    const ds = datasetWith([record('63.06', 2024, 'utama'), record('63.06', 2026, 'pratama'), record('63.07', 2024, 'madya'), record('63.07', 2026, 'madya')]);
    expect(regionPageDescription(regionFacts(ds, '63.06')!, id)).toMatch(/^Turun dari Utama \(2024\) · sumber: Publisher \d+$/);
    expect(regionPageDescription(regionFacts(ds, '63.06')!, en)).toMatch(/^Down from Utama \(2024\) · source:/);
    expect(regionPageDescription(regionFacts(ds, '63.07')!, id)).toMatch(/^Sama seperti 2024 \(Madya\) · sumber:/);
    expect(regionPageDescription(regionFacts(ds, '63.07')!, en)).toMatch(/^Same as 2024 \(Madya\) · source:/);
  });

  it('awarded without a stated category says so, never a guessed category', () => {
    const f = regionFacts(datasetWith([record('63.06', 2026, 'awarded')]), '63.06')!;
    expect(regionPageTitle(f, id)).toBe('Kabupaten Hulu Sungai Selatan: penerima UHC Awards 2026, kategori tidak disebut');
    expect(regionPageTitle(f, en)).toBe('Kabupaten Hulu Sungai Selatan: UHC Awards 2026 recipient, category not stated');
    expect(regionPageDescription(f, id)).toMatch(/^Tidak ada catatan edisi sebelumnya · sumber: Publisher/);
    expect(regionShareMessage(f, id, 'L')).toBe('Kabupaten Hulu Sungai Selatan menerima UHC Awards 2026 (kategori tidak disebut) — L');
    expect(regionShareMessage(f, en, 'L')).toBe('Kabupaten Hulu Sungai Selatan received a UHC Award 2026 (category not stated) — L');
  });

  it('not awarded is the source’s statement, and an inference from a list is said as one', () => {
    const f = regionFacts(datasetWith([record('13.06', 2026, 'none', {}, 'list')]), '13.06')!;
    expect(regionPageTitle(f, id)).toBe('Kabupaten Agam: tidak mendapat UHC Awards 2026 menurut sumber');
    expect(regionPageTitle(f, en)).toBe('Kabupaten Agam: not awarded at the UHC Awards 2026, per its source');
    expect(regionPageDescription(f, id)).toContain('Sumber menyebut wilayah ini tidak mendapat penghargaan pada edisi 2026. Disimpulkan dari daftar lengkap');
    expect(regionPageDescription(f, en)).toContain('A source names this region as not awarded in the 2026 edition. Inferred from a complete list');
    expect(regionShareMessage(f, id, 'L')).toBe('Kabupaten Agam tidak mendapat UHC Awards 2026 menurut sumber — L');
  });

  it('no data is "belum ada data", with the last record when there is an older one', () => {
    const ds = datasetWith([record('15.01', 2023, 'awarded')]);
    const f = regionFacts(ds, '15.01')!;
    expect(f.status).toBe('unknown');
    expect(regionPageTitle(f, id)).toBe('Kabupaten Kerinci: belum ada data UHC Awards 2026');
    expect(regionPageTitle(f, en)).toBe('Kabupaten Kerinci: no record for the UHC Awards 2026 yet');
    expect(regionPageDescription(f, id)).toBe('Belum ada sumber yang ditemukan untuk edisi 2026. Catatan terakhir: Penerima, kategori tidak disebut (2023).');
    expect(regionPageDescription(regionFacts(ds, '15.02')!, en)).toBe('No source has been found for the 2026 edition yet.');
    expect(regionShareMessage(f, id, 'L')).toBe('Kabupaten Kerinci: belum ada data UHC Awards 2026 — L');
  });

  it('sources that disagree are a conflict in the title, the description and the message', () => {
    const f = regionFacts(datasetWith([record('35.27', 2026, 'madya'), record('35.27', 2026, 'utama'), record('35.27', 2026, 'awarded')]), '35.27')!;
    expect(regionPageTitle(f, id)).toBe('Kabupaten Sampang: UHC Awards 2026 — sumber berbeda (Utama, Madya)');
    expect(regionPageTitle(f, en)).toBe('Kabupaten Sampang: UHC Awards 2026 — sources disagree (Utama, Madya)');
    expect(regionPageDescription(f, id)).toContain('Sumber berbeda: Utama, Madya; peta menampilkan Utama · sumber: Publisher');
    expect(regionPageDescription(f, en)).toContain('Sources disagree: Utama, Madya; the map shows Utama · source: Publisher');
    expect(regionShareMessage(f, id, 'L')).toBe('Kabupaten Sampang: UHC Awards 2026, sumber berbeda (Utama, Madya) — L');
  });

  it('"awarded" beside a stated category is no conflict: the category is the answer', () => {
    const f = regionFacts(datasetWith([record('63.06', 2026, 'awarded'), record('63.06', 2026, 'madya')]), '63.06')!;
    expect(f.conflict).toBe(false);
    expect(regionPageTitle(f, id)).toBe('Kabupaten Hulu Sungai Selatan: UHC Madya 2026');
  });

  it('a province says it is one, and a recipient without a name is named by role', () => {
    const f = regionFacts(datasetWith([record('63', 2026, 'utama', { recipient: { name: null, role: 'Gubernur' } })]), '63')!;
    expect(regionPageTitle(f, id)).toBe('Provinsi Kalimantan Selatan: UHC Utama 2026');
    expect(regionPageTitle(f, en)).toBe('Kalimantan Selatan Province: UHC Utama 2026');
    expect(regionPageDescription(f, id)).toMatch(/Diterima Gubernur · sumber:/);
  });

  it('the social card names the category, the change as a label (no full stop) and the first source', () => {
    expect(regionCardWords(regionFacts(testDataset(), '16.07')!, id)).toEqual({
      badge: 'Madya',
      change: 'Naik dari Pratama (2024)',
      source: 'sumber: RADARCenter',
    });
    const conflict = regionFacts(datasetWith([record('35.27', 2026, 'madya'), record('35.27', 2026, 'utama')]), '35.27')!;
    expect(regionCardWords(conflict, en)).toMatchObject({ badge: 'Sources disagree: Utama, Madya', change: 'The map shows Utama' });
    const lastRecord = regionFacts(datasetWith([record('15.01', 2023, 'madya')]), '15.01')!;
    expect(regionCardWords(lastRecord, id)).toEqual({ badge: 'Belum ada data', change: 'Catatan terakhir: Madya (2023)', source: null });
  });
});
