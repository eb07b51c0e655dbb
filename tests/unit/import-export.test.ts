import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping } from '@/data/import/column-mapping';
import { EXPORT_COLUMNS, recordsToCsv, TEMPLATE_EXAMPLES, templateCsv } from '@/data/import/export-records';
import { prepareImport } from '@/data/import/prepare-import';
import { readSpreadsheet } from '@/data/import/read-text';
import { readWorkbookTables } from '@/data/import/read-workbook';
import { sheetFromTable } from '@/data/import/sheet-from-table';
import { templateXlsx } from '@/data/import/write-template';
import { AWARD_COLUMNS } from '@/data/parse-award-rows';
import type { AwardRecord } from '@/domain/award-record';
import { bundledDataset, realGazetteer, repoRoot } from './load-fixtures';

const g = realGazetteer();
const importRows = (sheet: ReturnType<typeof readSpreadsheet>) =>
  prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, { gazetteer: g, fileName: 'x', importedAt: '2026-11-23T08:00:00.000Z' });

describe('one export format', () => {
  const records = bundledDataset().file.records.filter((r) => r.code === '63.10' && r.year === 2026);
  const imported: AwardRecord = {
    ...records[0]!,
    id: 'i/1',
    category: 'madya',
    origin: { kind: 'imported', file: 'excel_semicolon.csv', importedAt: '2026-11-23T08:00:00.000Z', line: 7 },
  };

  it('writes the import columns and the origin of every record, one record per row', () => {
    const csv = recordsToCsv([...records, imported]);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([...EXPORT_COLUMNS]);
    expect(rows[0]!.slice(0, AWARD_COLUMNS.length)).toEqual([...AWARD_COLUMNS]);
    expect(rows.slice(1).map((r) => r.slice(-2))).toEqual([...records.map((r) => ['bundled', r.origin.file]), ['imported', 'excel_semicolon.csv']]);
  });

  it('is read back by the importer, which leaves the origin columns out', () => {
    const sheet = readSpreadsheet(recordsToCsv([imported]), 'back.csv');
    const { ignored } = guessColumnMapping(sheet.headers);
    expect(ignored.map((i) => sheet.headers[i])).toEqual(['origin', 'origin_file']);
    expect(importRows(sheet)[0]).toMatchObject({ status: 'accepted', record: { code: '63.10', category: 'madya' } });
  });
});

describe('the template', () => {
  it('holds two real rows of data/awards.csv, word for word, with their sources', () => {
    const bundled = Papa.parse<string[]>(readFileSync(join(repoRoot, 'data/awards.csv'), 'utf8'), { skipEmptyLines: true }).data;
    expect(bundled[0]).toEqual([...AWARD_COLUMNS]);
    for (const example of TEMPLATE_EXAMPLES) {
      expect(
        bundled.some((r) => r.join('\u0000') === example.join('\u0000')),
        example[1],
      ).toBe(true);
      expect(example[AWARD_COLUMNS.indexOf('source_url')]).toMatch(/^https:\/\//);
    }
  });

  it('as CSV imports as it stands: two accepted rows', () => {
    const rs = importRows(readSpreadsheet(templateCsv(), 'templat.csv'));
    expect(rs.map((r) => [r.status, r.record?.code, r.record?.category])).toEqual([
      ['accepted', '35.06', 'pratama'],
      ['accepted', '51.08', 'madya'],
    ]);
  });

  it('as Excel, with a guide sheet, imports as it stands too', async () => {
    const columns = Object.fromEntries(AWARD_COLUMNS.map((c) => [c, { label: `label ${c}`, hint: `hint ${c}` }])) as Parameters<
      typeof templateXlsx
    >[0]['columns'];
    const blob = await templateXlsx({ dataSheet: 'Data', guideSheet: 'Petunjuk', guideHeader: ['Kolom', 'Arti', 'Cara mengisi'], columns });
    const tables = await readWorkbookTables(new Uint8Array(await blob.arrayBuffer()));
    expect(tables.map((t) => t.name)).toEqual(['Data', 'Petunjuk']);
    expect(tables[1]!.rows[1]!.cells).toEqual(['code', 'label code', 'hint code']);
    const sheet = sheetFromTable({ fileName: 'templat.xlsx', format: 'xlsx', delimiter: '', tables }, 0);
    const rs = importRows(sheet);
    expect(rs.map((r) => [r.status, r.record?.code, r.record?.metrics.coveragePct])).toEqual([
      ['accepted', '35.06', 98.72],
      ['accepted', '51.08', 98],
    ]);
    expect(rs[0]!.record!.represents).toEqual([{ name: 'Hanindhito Himawan Pramana', role: 'Bupati' }]);
  });
});
