import { headerScore, type ColumnMapping, type ImportField } from '@/data/import/column-mapping';
import type { ImportIssue } from '@/data/import/import-row-result';
import type { ReadFile, ReadProblem, Sheet } from '@/data/import/read-spreadsheet';
import { useT } from '@/i18n/use-t';
import { issueText, problemText } from './import-text';
import { MappingEditor } from './mapping-editor';

/** The table of a workbook that looks most like the award list (most recognised column names). */
export function bestTable(read: ReadFile): number {
  let best = 0;
  let score = -1;
  read.tables.forEach((tb, i) => {
    const s = Math.max(0, ...tb.rows.slice(0, 30).map((r) => headerScore(r.cells)));
    if (s > score) [best, score] = [i, s];
  });
  return best;
}

interface Props {
  read: ReadFile;
  sheet: Sheet;
  tableIndex: number;
  /** Another sheet of the workbook that holds no table: the sheet shown stays. */
  sheetProblem: { sheet: string; problem: ReadProblem } | null;
  /** Reads the table again from another sheet, or from another header row (an index into the table's rows). */
  onTable(index: number, headerIndex?: number): void;
  mapping: ColumnMapping;
  onColumn(field: ImportField, column: number | undefined): void;
  defaultYear: number | undefined;
  onDefaultYear(year: number | undefined): void;
  missing: readonly ImportField[];
  /** What the check says about the whole file. */
  notes: readonly ImportIssue[];
}

/** The second step: which sheet, which header row, which column holds which field, and the year when no column has it. */
export function SheetStep({ read, sheet, tableIndex, sheetProblem, onTable, mapping, onColumn, defaultYear, onDefaultYear, missing, notes }: Props) {
  const { t } = useT();
  return (
    <>
      {read.renamed && <p className="muted">{t('impRenamed')}</p>}
      {sheetProblem && (
        <p role="alert" className="flag">
          {t('impSheetUnusable', { sheet: sheetProblem.sheet, reason: problemText(t, sheetProblem.problem) })}
        </p>
      )}
      <MappingEditor
        read={read}
        sheet={sheet}
        tableIndex={tableIndex}
        onTable={onTable}
        onHeaderLine={(line) => {
          const rows = read.tables[tableIndex]?.rows ?? [];
          const index = rows.findIndex((r) => r.line >= line);
          if (index >= 0) onTable(tableIndex, index);
        }}
        mapping={mapping}
        onColumn={onColumn}
        defaultYear={defaultYear}
        onDefaultYear={onDefaultYear}
        missing={missing}
      />
      {mapping.year === undefined && defaultYear !== undefined && defaultYear === sheet.titleYear && (
        <p className="muted" data-testid="year-from-title">
          {t('impYearFromTitle', { year: defaultYear })}
        </p>
      )}
      {notes.map((n) => (
        <p key={n.code} className="muted">
          {issueText(t, n)}
        </p>
      ))}
    </>
  );
}
