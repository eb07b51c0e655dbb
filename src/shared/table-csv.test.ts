import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { SENT_FILE } from '@/domain/imported-layer';
import { selectRegionRows } from '@/domain/select-regions';
import { translate } from '@/i18n/dictionary';
import { DEFAULT_VIEW, type ViewState } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { awardCredits, embedCredit } from './map-export-info';
import { exportFileName, tableCsv } from './table-csv';
import { describeView } from './view-count-lines';

const ds = testDataset();
const view: ViewState = { ...DEFAULT_VIEW, year: 2026, provinces: ['63'], categories: ['madya'] };
const rows = selectRegionRows(ds, { year: 2026, provinces: view.provinces, categories: view.categories, changes: [] });
const shown = rows.filter((r) => r.matchesFilter);
const years = { year: 2026, base: 2024 };
const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
const t = (lang: 'id' | 'en') => (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) => translate(lang, k, v);

describe('the table CSV (Kalimantan Selatan, only Madya, 2026)', () => {
  it('is headed in Indonesian with the province and the change against the named baseline', () => {
    const [header] = parse(tableCsv(ds, shown, years, t('id')));
    expect(header).toEqual([
      'Kode Kemendagri',
      'Nama',
      'Provinsi',
      'Kategori 2026',
      'Dasar kategori',
      'Cakupan JKN (%)',
      'Peserta aktif (%)',
      'Perubahan dibanding 2024',
      'Penerima',
      'Sumber (alamat)',
      'Penerbit',
      'Sumber lain untuk edisi ini',
      'Asal data',
    ]);
  });

  it('is headed in English under lang=en', () => {
    const [header] = parse(tableCsv(ds, shown, years, t('en')));
    expect(header!.slice(0, 4)).toEqual(['Kemendagri code', 'Name', 'Province', 'Category 2026']);
    expect(header![7]).toBe('Change since 2024');
  });

  it('has one row per region the view counts (the one count rule), each with its province, category and source', () => {
    const [, ...body] = parse(tableCsv(ds, shown, years, t('id')));
    const { counts } = describeView(ds, rows, view, 2026, t('id'), 'id');
    expect(body).toHaveLength(counts.shownTotal);
    expect(counts.shownTotal).toBe(4);
    for (const row of body) {
      expect(row[0]).toMatch(/^63\.\d\d$/);
      expect(row[2]).toBe('Kalimantan Selatan');
      expect(row[3]).toBe('Madya');
      expect(row[9]).toMatch(/^https?:\/\//);
      expect(row[12]).toBe('data bawaan');
    }
    // A change is always worded with its years.
    expect(body.some((r) => /2024|naik|turun|tetap|baru/.test(r[7]!))).toBe(true);
  });
});

describe('a download names its view', () => {
  it('with edition, province and filter', () => {
    expect(exportFileName(ds, view, years, 'csv')).toBe('peta-uhc-2026-kalimantan-selatan-madya.csv');
    expect(exportFileName(ds, view, years, 'csv', 'data')).toBe('peta-uhc-2026-kalimantan-selatan-madya-data.csv');
  });

  it('with the comparison on the change map and the level', () => {
    const change: ViewState = { ...DEFAULT_VIEW, mode: 'change', changes: ['up'], level: 'provinsi' };
    expect(exportFileName(ds, change, years, 'png')).toBe('peta-uhc-2026-vs-2024-provinsi-up.png');
    expect(exportFileName(ds, DEFAULT_VIEW, years, 'svg')).toBe('peta-uhc-2026.svg');
  });
});

describe('the table CSV says where a row comes from as the table does', () => {
  it('a fact the reader sent is theirs (not "imported: Kiriman Anda"), an imported file is named', () => {
    const at = '2026-11-23T10:00:00.000Z';
    const row = (file: string) => {
      const rec = { ...shown[0]!.records[0]!, origin: { kind: 'imported' as const, file, importedAt: at, line: 1 } };
      return { ...shown[0]!, primary: rec, records: [rec] };
    };
    const origins = (lang: 'id' | 'en') =>
      parse(tableCsv(ds, [row(SENT_FILE), row('rekap.xlsx')], years, t(lang)))
        .slice(1)
        .map((r) => r[12]);
    expect(origins('en')).toEqual(['sent by you', 'imported: rekap.xlsx']);
    expect(origins('id')).toEqual(['kiriman Anda', 'impor: rekap.xlsx']);
  });
});

describe('a map file credits the award pages behind what it shows', () => {
  it('counts the distinct pages and names their publishers', () => {
    const [line] = awardCredits(rows, t('id'));
    const pages = new Set(shown.flatMap((r) => r.records.flatMap((rec) => rec.sources.map((s) => s.url))));
    expect(line).toContain(`Sumber penghargaan: ${pages.size} halaman berita publik — `);
    expect(line).toContain(shown[0]!.records[0]!.sources[0]!.publisher);
  });

  it('names an imported file', () => {
    const rec = { ...shown[0]!.records[0]!, origin: { kind: 'imported' as const, file: 'rekap.xlsx', importedAt: '2026-11-23', line: 2 } };
    const lines = awardCredits([{ ...shown[0]!, records: [rec] }], t('en'));
    expect(lines[1]).toBe('User-imported data (not the bundled data): rekap.xlsx');
  });

  it('credits a reader’s own sent fact as theirs, in the file’s language', () => {
    const sent = { ...shown[0]!.records[0]!, origin: { kind: 'imported' as const, file: SENT_FILE, importedAt: '2026-11-23', line: 1 } };
    expect(awardCredits([{ ...shown[0]!, records: [sent] }], t('en'))[1]).toBe('User-imported data (not the bundled data): sent by you');
    expect(awardCredits([{ ...shown[0]!, records: [sent] }], t('id'))[1]).toBe('Data impor pengguna (bukan data bawaan): kiriman Anda');
  });
});

describe('the embed credits the same pages in one line', () => {
  it('counts the pages the map file counts, and before the full records says where the sources are', () => {
    const pages = awardCredits(rows, t('id'))[0]!.match(/(\d+) halaman/)![1];
    expect(embedCredit(rows, ds, t('id'))).toMatch(new RegExp(`^Sumber: ${pages} halaman berita · Batas wilayah: .+ · `));
    expect(embedCredit(rows, { ...ds, detail: 'outcomes' }, t('id'))).toMatch(
      /^Sumber penghargaan: tercantum di panel tiap wilayah \(tautan tampilan\) · Batas wilayah: /,
    );
  });
});
