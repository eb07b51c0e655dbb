import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';
import { templateRows } from './export-records';

export interface TemplateGuide {
  /** Name of the data sheet and of the guide sheet, in the reader's language. */
  dataSheet: string;
  guideSheet: string;
  /** Header of the guide: column, meaning, how to write it. */
  guideHeader: [string, string, string];
  /** Per column: its human name and how to fill it. */
  columns: Record<AwardColumn, { label: string; hint: string }>;
}

const PERCENT = new Set<AwardColumn>(['coverage_pct', 'active_pct', 'pemda_registered_pct']);

/**
 * The import template as an Excel workbook: the import columns with two real example rows, and a second
 * sheet that explains each column. Written with the same library that reads workbooks, loaded only here.
 */
export async function templateXlsx(guide: TemplateGuide): Promise<Blob> {
  const { Workbook } = await import('./spreadsheet-library');
  const wb = new Workbook();
  const data = wb.addWorksheet(guide.dataSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.addRow([...AWARD_COLUMNS]);
  for (const row of templateRows()) data.addRow(row);
  data.getRow(1).font = { bold: true };
  AWARD_COLUMNS.forEach((c, i) => {
    const col = data.getColumn(i + 1);
    col.width = Math.max(12, Math.min(40, c.length + 4, ...templateRows().map((r) => String(r[i] ?? '').length + 2)));
    // Percentages as written in the data (98.72), not as fractions: no percent format.
    if (PERCENT.has(c)) col.numFmt = '0.00';
  });
  const help = wb.addWorksheet(guide.guideSheet);
  help.addRow(guide.guideHeader).font = { bold: true };
  for (const c of AWARD_COLUMNS) help.addRow([c, guide.columns[c].label, guide.columns[c].hint]);
  help.getColumn(1).width = 24;
  help.getColumn(2).width = 34;
  help.getColumn(3).width = 90;
  const bytes = await wb.xlsx.writeBuffer();
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
