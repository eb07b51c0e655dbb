import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@/data/import/column-mapping';
import { prepareImport } from '@/data/import/prepare-import';
import { startReading } from '@/data/import/read-in-worker';
import { SpreadsheetError, type ReadFile } from '@/data/import/read-spreadsheet';
import { readSpreadsheet } from '@/data/import/read-text';
import { sheetFromTable } from '@/data/import/sheet-from-table';
import { realGazetteer } from './load-fixtures';
import { dinkesWorkbook } from './import-workbook-fixture';

const g = realGazetteer();

function read(bytes: BlobPart, name: string, size?: number): Promise<ReadFile> {
  const file = new File([bytes], name);
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return startReading(file, () => undefined).result;
}

async function problemOf(bytes: BlobPart, name: string, size?: number): Promise<string> {
  try {
    await read(bytes, name, size);
    return 'read';
  } catch (e) {
    expect(e).toBeInstanceOf(SpreadsheetError);
    return (e as SpreadsheetError).problem.code;
  }
}

const utf16le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
function cfb(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(CFB, 0);
  bytes.set(utf16le(streamName), 3000);
  return bytes;
}

describe('files that cannot be imported get a clear reason, and nothing is read', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'leer.csv', 'empty'],
    ['a workbook protected by a password', cfb('EncryptionInfo'), 'rahasia.xlsx', 'encrypted'],
    ['an Excel 97–2003 workbook', cfb('Workbook'), 'lama.xls', 'xls'],
    [
      'an OpenDocument sheet',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array(26).fill(0), ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')]),
      'data.ods',
      'ods',
    ],
    ['a damaged workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'rusak.xlsx', 'corruptWorkbook'],
    ['a picture renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'foto.csv', 'binary'],
    ['a PDF renamed .csv', new TextEncoder().encode('%PDF-1.7\n...'), 'laporan.csv', 'pdf'],
  ])('%s', async (_, bytes, name, code) => {
    expect(await problemOf(bytes as Uint8Array<ArrayBuffer>, name)).toBe(code);
  });

  it('a file over the size limit is refused before it is read', async () => {
    const e = await read('x', 'besar.xlsx', 21 * 1024 * 1024).catch((x: SpreadsheetError) => x);
    expect((e as SpreadsheetError).problem).toEqual({ code: 'tooBig', mb: 21, limitMb: 20 });
  });
});

describe('files are read by what they hold, not by their name', () => {
  it('a workbook named .csv is read as a workbook, and says so', async () => {
    const file = await read((await dinkesWorkbook()) as Uint8Array<ArrayBuffer>, 'rekap.csv');
    expect(file).toMatchObject({ format: 'xlsx', renamed: true });
    expect(file.tables.map((t) => t.name)).toEqual(['Petunjuk', 'Rekap 2026', '2025']);
  });

  it('CSV as Excel writes "Unicode text" (UTF-16, tabs) and as old Excel writes it (Windows-1252)', async () => {
    const text = 'Kabupaten/Kota\tKategori\tTahun\r\nKab. Banyuasin\tMadya\t2026\r\n';
    const u16 = await read(new Uint8Array([0xff, 0xfe, ...utf16le(text)]), 'unicode.txt');
    expect(sheetFromTable(u16).rows[0]!.cells).toEqual(['Kab. Banyuasin', 'Madya', '2026']);
    const latin = await read(
      new Uint8Array([
        ...new TextEncoder().encode('Kabupaten/Kota;Catatan;Kategori;Tahun\nKab. Banyuasin;'),
        0xe9,
        ...new TextEncoder().encode(';Madya;2026\n'),
      ]),
      'lama.csv',
    );
    expect(sheetFromTable(latin).rows[0]!.cells[1]).toBe('é');
  });

  it('JSON keys are matched as CSV headers are: "Kategori", "Tahun", "Kabupaten/Kota", in any case', () => {
    const json = JSON.stringify([
      { 'Kabupaten/Kota': 'Kab. Banyuasin', Provinsi: 'Sumatera Selatan', Kategori: 'Madya', Tahun: 2026, 'Cakupan (%)': '98,8' },
      { 'kabupaten/kota': 'HSS', kategori: 'Utama', TAHUN: '2026' },
    ]);
    const sheet = readSpreadsheet(json, 'data.json');
    expect(sheet.headers).toEqual(['Kabupaten/Kota', 'Provinsi', 'Kategori', 'Tahun', 'Cakupan (%)']);
    const rs = prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, { gazetteer: g, fileName: 'data.json', importedAt: '2026-11-23T08:00:00Z' });
    expect(rs.map((r) => [r.status, r.record?.code, r.record?.category, r.record?.year])).toEqual([
      ['accepted', '16.07', 'madya', 2026],
      ['accepted', '63.06', 'utama', 2026],
    ]);
    expect(rs[0]!.record!.metrics.coveragePct).toBe(98.8);
  });

  it('JSON from other tools: {"data": [...]}, nested objects, a list of lists', () => {
    const nested = readSpreadsheet(JSON.stringify({ data: [{ wilayah: 'HSS', capaian: { cakupan: 99 }, kategori: 'Utama', tahun: 2026 }] }), 'x.json');
    expect(nested.headers).toEqual(['wilayah', 'capaian cakupan', 'kategori', 'tahun']);
    expect(guessColumnMapping(nested.headers).mapping).toMatchObject({ name_as_written: 0, coverage_pct: 1, category: 2, year: 3 });
    const lists = readSpreadsheet(
      JSON.stringify([
        ['Kabupaten/Kota', 'Kategori', 'Tahun'],
        ['HSS', 'Utama', 2026],
      ]),
      'x.json',
    );
    expect(lists.headers).toEqual(['Kabupaten/Kota', 'Kategori', 'Tahun']);
    expect(lists.rows[0]!.cells).toEqual(['HSS', 'Utama', '2026']);
  });

  it('a CSV saved from a sheet with a two-row header joins the rows ("Capaian" over "Cakupan" and "Keaktifan")', () => {
    const csv = 'Rekap UHC;;;;\n\nNo;Kabupaten/Kota;Capaian;;Kategori\n;;Cakupan (%);Keaktifan (%);\n1;HSS;99,1;96,5;Utama\n';
    const sheet = readSpreadsheet(csv, 'x.csv');
    expect(sheet.headers).toEqual(['No', 'Kabupaten/Kota', 'Capaian Cakupan (%)', 'Capaian Keaktifan (%)', 'Kategori']);
    expect(guessColumnMapping(sheet.headers).mapping).toMatchObject({ name_as_written: 1, coverage_pct: 2, active_pct: 3, category: 4 });
    expect(sheet.rows.map((r) => r.line)).toEqual([5]);
  });

  it('a header repeated on every printed page is not a row', () => {
    const csv = 'Kabupaten/Kota;Kategori;Tahun\nHSS;Utama;2026\nKabupaten/Kota;Kategori;Tahun\nHST;Madya;2026\n';
    expect(readSpreadsheet(csv, 'x.csv').rows.map((r) => r.cells[0])).toEqual(['HSS', 'HST']);
  });

  it('a province heading over its regions is skipped and gives the rows under it their province', () => {
    const csv = 'No;Kabupaten/Kota;Kategori;Tahun\n;JAWA BARAT;;\n1;Bogor;Madya;2026\n;KALIMANTAN SELATAN;;\n2;Banjar;Utama;2026\n';
    const sheet = readSpreadsheet(csv, 'x.csv');
    const rs = prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, { gazetteer: g, fileName: 'x.csv', importedAt: '2026-11-23T08:00:00Z' });
    expect(rs.map((r) => [r.line, r.status, r.record?.code ?? r.issues[0]?.code])).toEqual([
      [2, 'ignored', 'sectionRow'],
      // Kabupaten or Kota Bogor: the province settles nothing, the user picks (once).
      [3, 'choose', 'ambiguousName'],
      [4, 'ignored', 'sectionRow'],
      // Kabupaten Banjar (Kalimantan Selatan), not Kota Banjar (Jawa Barat).
      [5, 'accepted', '63.03'],
    ]);
  });
});
