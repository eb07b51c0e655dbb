import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@/data/import/column-mapping';
import type { ImportRowResult } from '@/data/import/import-row-result';
import { prepareImport } from '@/data/import/prepare-import';
import { readSpreadsheet } from '@/data/import/read-text';
import { issueText } from '@/features/import/import-text';
import { IMPORT_MESSAGES_EN } from '@/i18n/import-messages-en';
import { IMPORT_MESSAGES_ID } from '@/i18n/import-messages-id';
import { registerMessages, translate } from '@/i18n/dictionary';
import type { MessageKey } from '@/i18n/dictionary';
import { realGazetteer } from './load-fixtures';

registerMessages({ id: IMPORT_MESSAGES_ID, en: IMPORT_MESSAGES_EN });
const g = realGazetteer();
const tId = (key: MessageKey, vars?: Record<string, string | number>) => translate('id', key, vars);
const tEn = (key: MessageKey, vars?: Record<string, string | number>) => translate('en', key, vars);

function check(csv: string): ImportRowResult[] {
  const sheet = readSpreadsheet(csv, 'daftar.csv');
  return prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, { gazetteer: g, fileName: 'daftar.csv', importedAt: '2026-11-23T08:00:00.000Z' });
}
const warningTexts = (r: ImportRowResult) => r.warnings.map((w) => issueText(tId, w));

describe('import warnings on optional fields only where they help (issue 23)', () => {
  it('a list of names without a role column warns on no row', () => {
    const rows = check('Kabupaten/Kota;Kategori;Tahun;Penerima\nKota Banjarbaru;Utama;2026;Erna Lisa Halaby\nKab. Banyuasin;Madya;2026;Askolani\n');
    expect(rows.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(rows.flatMap((r) => r.warnings)).toEqual([]);
  });

  it('with a role column, an empty role cell warns, with the role that region kind has', () => {
    const rows = check(
      'Kode;Wilayah;Kategori;Tahun;Penerima;Jabatan\n63.72;Kota Banjarbaru;Utama;2026;Erna Lisa Halaby;\n16.07;Kab. Banyuasin;Madya;2026;Askolani;\n63;Kalimantan Selatan;Utama;2026;Muhidin;\n13.71;Kota Padang;Madya;2026;Fadly Amran;Wali Kota\n',
    );
    expect(rows.map((r) => r.code)).toEqual(['63.72', '16.07', '63', '13.71']);
    expect(warningTexts(rows[0]!)).toEqual([
      'jabatan penerima ‘Erna Lisa Halaby’ tidak ada — baris tetap diterapkan; isi jabatannya bila diketahui, mis. Wali Kota.',
    ]);
    expect(warningTexts(rows[1]!)).toEqual(['jabatan penerima ‘Askolani’ tidak ada — baris tetap diterapkan; isi jabatannya bila diketahui, mis. Bupati.']);
    expect(warningTexts(rows[2]!)).toEqual(['jabatan penerima ‘Muhidin’ tidak ada — baris tetap diterapkan; isi jabatannya bila diketahui, mis. Gubernur.']);
    expect(rows[3]!.warnings).toEqual([]);
    expect(issueText(tEn, rows[0]!.warnings[0]!)).toContain('e.g. Wali Kota.');
  });
});
