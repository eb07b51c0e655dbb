import { toExcelCsv } from '@/data/excel-csv';
import type { ImportRowResult } from '@/data/import/import-row-result';
import type { Sheet } from '@/data/import/read-spreadsheet';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { downloadBlob } from '@/shared/download';
import { issueText } from './import-text';

/** The rows of an applied file that were not applied, and why, kept for the user to fix and import again. */
export interface LeftOver {
  file: string;
  rows: { line: number; text: string }[];
  csv: string;
}

/** Every row not applied but a title, total or note row; null when none is left. */
export function leftOverOf(
  t: ReturnType<typeof useT>['t'],
  file: string,
  sheet: Sheet,
  results: readonly ImportRowResult[],
  applied: ReadonlySet<number>,
): LeftOver | null {
  const left = results.filter((r) => !applied.has(r.line) && r.status !== 'ignored');
  const why = (r: ImportRowResult) =>
    r.status === 'accepted' ? t('impLeftUnticked') : r.issues.length ? r.issues.map((i) => issueText(t, i)).join(' ') : t('impLeftUndecided');
  const rows = left.map((r) => ({ line: r.line, text: why(r) }));
  const byLine = new Map(sheet.rows.map((r) => [r.line, r.cells]));
  const csv = toExcelCsv(
    [t('impColLine'), ...sheet.headers, t('impProblemHeader')],
    left.map((r) => {
      const cells = byLine.get(r.line) ?? [];
      return [r.line, ...sheet.headers.map((_, i) => cells[i] ?? ''), why(r)];
    }),
  );
  return rows.length ? { file, rows, csv } : null;
}

/** The rows left out of the last file applied: the first ones listed, all of them as a CSV to download. */
export function LeftOverList({ leftOver }: { leftOver: LeftOver }) {
  const { t, lang } = useT();
  return (
    <div className="import-left" data-testid="import-left">
      <p>{t('impLeftOut', { n: formatNumber(leftOver.rows.length, lang) })}</p>
      <ul>
        {leftOver.rows.slice(0, 20).map((r) => (
          <li key={r.line}>{t('impLineMessage', { line: r.line, message: r.text })}</li>
        ))}
        {leftOver.rows.length > 20 && <li>…</li>}
      </ul>
      <button
        type="button"
        onClick={() =>
          downloadBlob(new Blob([leftOver.csv], { type: 'text/csv;charset=utf-8' }), `${leftOver.file.replace(/\.[^.]+$/, '')}-tidak-diterapkan.csv`)
        }
        data-testid="download-left"
      >
        {t('impDownloadLeft')}
      </button>
    </div>
  );
}

interface ActionProps {
  /** Rows that will be applied: accepted and ticked. */
  count: number;
  disabled: boolean;
  onApply(): void;
  onClose(): void;
  storageError: string | null;
}

/** The last step: apply the ticked rows or close the file, with the reason when the browser would not store them. */
export function ApplyActions({ count, disabled, onApply, onClose, storageError }: ActionProps) {
  const { t, lang } = useT();
  return (
    <>
      <div className="actions">
        <button type="button" className="primary" disabled={disabled} onClick={onApply} data-testid="apply-import">
          {t('impApply', { n: formatNumber(count, lang) })}
        </button>
        <button type="button" onClick={onClose}>
          {t('impCloseFile')}
        </button>
      </div>
      {storageError && (
        <p role="alert" className="flag">
          {t('impStorageFailed', { reason: storageError })}
        </p>
      )}
    </>
  );
}
