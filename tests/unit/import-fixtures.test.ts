import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@/data/import/column-mapping';
import type { ImportContext } from '@/data/import/import-context';
import type { ImportRowResult } from '@/data/import/import-row-result';
import { prepareAll, prepareImport, recheck } from '@/data/import/prepare-import';
import type { ReadFile, Sheet } from '@/data/import/read-spreadsheet';
import { readSpreadsheet } from '@/data/import/read-text';
import { readWorkbookTables } from '@/data/import/read-workbook';
import { sheetFromTable } from '@/data/import/sheet-from-table';
import { realGazetteer, repoRoot } from './load-fixtures';
import { dinkesWorkbook, FIRST_DATA_ROW, TYPO_ROW, WORKBOOK_ROWS } from './import-workbook-fixture';

const g = realGazetteer();
const ctx = (fileName: string, extra: Partial<ImportContext> = {}): ImportContext => ({
  gazetteer: g,
  fileName,
  importedAt: '2026-11-23T08:00:00.000Z',
  ...extra,
});
const share = (rs: readonly ImportRowResult[], status: ImportRowResult['status']) =>
  rs.filter((r) => r.status === status).length / rs.filter((r) => r.status !== 'ignored').length;

describe('the 25-row list a Dinas Kesehatan officer typed (issue 13): semicolon CSV from Indonesian Excel', () => {
  const text = readFileSync(join(repoRoot, 'tests/fixtures/imports/dinkes-25-semicolon.csv'), 'utf8');
  const sheet = readSpreadsheet(text, 'dinkes-25-semicolon.csv');
  const { mapping } = guessColumnMapping(sheet.headers);
  const results = prepareImport(sheet, mapping, ctx('dinkes-25-semicolon.csv'));
  const at = (line: number) => results.find((r) => r.line === line)!;

  it('finds the header under the title line and maps every column, "Penerima" to the recipient', () => {
    expect(sheet.headerLine).toBe(3);
    expect(mapping).toEqual({ name_as_written: 1, province: 2, category: 3, coverage_pct: 4, active_pct: 5, recipient_name: 6, year: 7 });
  });

  it('accepts 24 of the 25 rows without a single pick, and asks about the one name that is no region', () => {
    expect(share(results, 'accepted')).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.status === 'accepted')).toHaveLength(24);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(results.filter((r) => r.status === 'choose').map((r) => r.label)).toEqual(['Kab. Sukamakmur']);
  });

  it('reads the names as typed: Kab. Kep. Sitaro, konawe utara, Kota Padangpanjang, Kab.Natuna and the short names', () => {
    const code = (label: string) => results.find((r) => r.label === label)?.record?.code;
    expect(code('Kab. Kep. Sitaro')).toBe('71.09');
    expect(code('konawe utara')).toBe('74.09');
    expect(code('Kota Padangpanjang')).toBe('13.74');
    expect(code('Kab.Natuna')).toBe('21.03');
    expect(code('KAB. HULU SUNGAI SELATAN')).toBe('63.06');
    expect(code('Kotim')).toBe('62.02');
    expect(code('Kab Kukar')).toBe('64.02');
    expect(code('Kab. Basel')).toBe('19.03');
    expect(code('Kab. Aceh Tenggara (Agara)')).toBe('11.02');
  });

  it('keeps percentages written "100,26%" and a recipient without a role; the file has no role column, so no row warns about one', () => {
    expect(at(4).record).toMatchObject({ metrics: { coveragePct: 100.26, activePct: 85.1 }, recipient: { name: 'Chyntia Ingrid Kalangit', role: '' } });
    expect(at(4).warnings).toEqual([]);
    // Issue 23: 23 of 25 good rows used to carry a note on an optional field the file never had.
    expect(results.filter((r) => r.status === 'accepted' && r.warnings.length > 0)).toEqual([]);
  });

  it('reads a role written into the name cell', () => {
    expect(at(5).record!.recipient).toEqual({ name: 'Ikbar', role: 'Bupati' });
    expect(at(11).record!.recipient).toEqual({ name: 'Adi Nugraha', role: 'Wakil Bupati' });
    expect(at(20).record!.recipient).toEqual({ name: 'Masinton Pasaribu', role: 'Bupati' });
    expect(at(24).record!.recipient).toEqual({ name: 'Erna Lisa Halaby', role: 'Wali Kota' });
    expect(at(5).warnings).toEqual([]);
  });

  it('skips the total row under the table, saying so', () => {
    expect(at(29)).toMatchObject({ status: 'ignored', issues: [{ code: 'totalRow' }] });
  });
});

describe('a workbook with a title block, merged cells, a No. column, two header rows, percent cells, dates and several sheets', () => {
  let file: ReadFile;
  let sheet: Sheet;
  let results: ImportRowResult[];
  beforeAll(async () => {
    const tables = await readWorkbookTables(await dinkesWorkbook());
    file = { fileName: 'rekap-uhc-2026.xlsx', format: 'xlsx', delimiter: '', tables };
    sheet = sheetFromTable(file, 1);
    results = prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, ctx('rekap-uhc-2026.xlsx', { defaultYear: sheet.titleYear }));
  });
  const at = (line: number) => results.find((r) => r.line === line)!;

  it('lists every sheet with data; the header is found under the title block, the year in the title', () => {
    expect(file.tables.map((t) => t.name)).toEqual(['Petunjuk', 'Rekap 2026', '2025']);
    expect(sheet.headerLine).toBe(5);
    expect(sheet.headers).toEqual([
      'No.',
      'Kabupaten/Kota',
      'Provinsi',
      'Kategori',
      'Cakupan (%)',
      'Keaktifan (%)',
      'Tanggal Penyerahan',
      'Penerima',
      'Jabatan',
    ]);
    expect(sheet.titleYear).toBe(2026);
    expect(sheet.rows[0]!.line).toBe(FIRST_DATA_ROW);
  });

  it('maps the columns, leaving "No." out', () => {
    const { mapping, ignored } = guessColumnMapping(sheet.headers);
    expect(mapping).toEqual({
      name_as_written: 1,
      province: 2,
      category: 3,
      coverage_pct: 4,
      active_pct: 5,
      event_date: 6,
      recipient_name: 7,
      recipient_role: 8,
    });
    expect(ignored).toEqual([0]);
  });

  it('accepts at least 95 % of the rows without a pick: fractions shown as percent become percent, dates become dates', () => {
    expect(share(results, 'accepted')).toBeGreaterThanOrEqual(0.95);
    expect(results.filter((r) => r.status === 'choose')).toEqual([]);
    expect(at(FIRST_DATA_ROW).record).toMatchObject({
      code: '63.03',
      year: 2026,
      category: 'madya',
      eventDate: '2026-01-27',
      metrics: { coveragePct: 98.26, activePct: 85.12 },
    });
    expect(at(FIRST_DATA_ROW).record!.recipient).toEqual({ name: 'Saidi Mansyur', role: 'Bupati' });
    for (const [i, r] of WORKBOOK_ROWS.entries()) {
      const row = at(FIRST_DATA_ROW + i);
      if (r.category === 'Utma') continue;
      expect(row.record?.code, r.name).toBe(r.code);
      expect(row.record!.metrics.coveragePct).toBeCloseTo(r.coverage * 100, 8);
    }
    // "Penerima" in the category column: awarded, category not stated.
    expect(results.find((r) => r.label === 'Kota Samarinda')!.record!.category).toBe('awarded');
  });

  it('reads a province merged down over its regions on every row', () => {
    const m = guessColumnMapping(sheet.headers).mapping;
    expect(sheet.rows.slice(0, 7).map((r) => r.cells[m.province!])).toEqual(Array(7).fill('Kalimantan Selatan'));
  });

  it('rejects the mistyped category with what to choose, and skips the total and the note under the table', () => {
    expect(at(TYPO_ROW)).toMatchObject({ status: 'rejected', code: '32.06', issues: [{ code: 'badCategory', field: 'category', value: 'Utma' }] });
    const ignored = results.filter((r) => r.status === 'ignored').map((r) => r.issues[0]!.code);
    expect(ignored).toEqual(['totalRow', 'noteRow']);
  });

  it('a rejected row corrected in the report is checked again at once and accepted', () => {
    const mapping = guessColumnMapping(sheet.headers).mapping;
    const c = ctx('rekap-uhc-2026.xlsx', { defaultYear: 2026 });
    const before = prepareAll(sheet, mapping, c);
    const after = recheck(before, sheet, mapping, { ...c, edits: new Map([[TYPO_ROW, { category: 'Utama' }]]) }, [TYPO_ROW]);
    expect(after.results.find((r) => r.line === TYPO_ROW)).toMatchObject({ status: 'accepted', record: { code: '32.06', category: 'utama' } });
    // Every other row keeps its object: only the corrected row was checked again.
    expect(after.results.filter((r, i) => r !== before.results[i]).map((r) => r.line)).toEqual([TYPO_ROW]);
  });

  it('offers the other sheets too', () => {
    const older = sheetFromTable(file, 2);
    const rs = prepareImport(older, guessColumnMapping(older.headers).mapping, ctx('x.xlsx'));
    expect(rs.map((r) => [r.record?.code, r.record?.year, r.record?.category])).toEqual([
      ['63.03', 2025, 'pratama'],
      ['63.06', 2025, 'madya'],
    ]);
  });
});
