import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@/data/import/column-mapping';
import type { ImportRowResult } from '@/data/import/import-row-result';
import { prepareImport } from '@/data/import/prepare-import';
import { readSpreadsheet } from '@/data/import/read-text';
import { registerMessages } from '@/i18n/dictionary';
import { IMPORT_MESSAGES_EN } from '@/i18n/import-messages-en';
import { IMPORT_MESSAGES_ID } from '@/i18n/import-messages-id';
import { realGazetteer } from '../../../tests/unit/load-fixtures';
import { ImportReport, reportOrder } from './import-report';

registerMessages({ id: IMPORT_MESSAGES_ID, en: IMPORT_MESSAGES_EN });

function renderReport(csv: string) {
  const sheet = readSpreadsheet(csv, 'kosong.csv');
  const results: ImportRowResult[] = prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, {
    gazetteer: realGazetteer(),
    fileName: 'kosong.csv',
    importedAt: '2026-11-23T08:00:00.000Z',
  });
  const none = () => {};
  render(
    <ImportReport
      results={results}
      order={reportOrder(results)}
      edits={new Map()}
      choices={new Map()}
      isTicked={() => true}
      cellOf={() => ''}
      regions={[]}
      regionName={(c) => c}
      onEdit={none}
      onPick={none}
      onToggle={none}
    />,
  );
}

describe('the import report of a file without data rows', () => {
  it('says in a sentence that a headers-only file has no data rows, not just "0 baris diterima"', () => {
    renderReport('Kabupaten/Kota;Provinsi;Kategori;Tahun\n');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('0 baris diterima');
    expect(screen.getByTestId('import-no-rows')).toHaveTextContent(
      'Berkas ini tidak berisi baris data: hanya judul kolom. Tambahkan satu baris per wilayah di bawah judul kolom, lalu pilih berkasnya lagi.',
    );
  });

  it('says so too when the only rows are a total line', () => {
    renderReport('Kabupaten/Kota;Provinsi;Kategori;Tahun\nJumlah;;;\n');
    expect(screen.getByTestId('import-no-rows')).toHaveTextContent('hanya judul kolom dan baris judul, jumlah atau catatan.');
  });

  it('says nothing of the kind when there is a row', () => {
    renderReport('Kabupaten/Kota;Provinsi;Kategori;Tahun\nKab. Banyuasin;Sumatera Selatan;Madya;2026\n');
    expect(screen.queryByTestId('import-no-rows')).toBeNull();
  });
});
