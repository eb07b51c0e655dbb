import { memo } from 'react';
import type { ImportField } from '@/data/import/column-mapping';
import type { ImportIssue, ImportRowResult } from '@/data/import/import-row-result';
import { useT } from '@/i18n/use-t';
import { issueText } from './import-text';
import { FieldFix, RegionSearch } from './row-fix-inputs';

/** Problems whose fix is a cell: the field to edit. */
const FIX_FIELD: Partial<Record<ImportIssue['code'], ImportField>> = { noYear: 'year', badYear: 'year', noCategory: 'category', badCategory: 'category' };
/** Warnings about a detail the user may correct (optional, folded away). */
const WARNING_FIX = new Set<ImportIssue['code']>(['roleMissing', 'recipientNameMissing', 'badUrl', 'badDate', 'badOfficial', 'fractionPercent']);

export interface ReportHandlers {
  onEdit(line: number, field: ImportField, value: string): void;
  onPick(line: number, code: string): void;
  onToggle(line: number, keep: boolean): void;
}

interface RowProps extends ReportHandlers {
  r: ImportRowResult;
  edit: Partial<Record<ImportField, string>> | undefined;
  chosen: string | undefined;
  sharedWith: number;
  ticked: boolean;
  cellOf(line: number, field: ImportField): string;
  regionName(code: string): string;
  listId: string;
}

const STATUS_KEY = { accepted: 'impAccepted', rejected: 'impRejected', choose: 'impChooseStatus', ignored: 'impIgnored' } as const;

/** Memoised: a fix re-renders the rows it changed, not the whole page of the report. */
export const ReportRow = memo(function ReportRow({ r, edit, chosen, sharedWith, ticked, cellOf, regionName, listId, onEdit, onPick, onToggle }: RowProps) {
  const { t } = useT();
  // Fields with a problem, and every field the user has touched: an input never vanishes while it is typed in.
  const fields = new Set<ImportField>();
  for (const i of r.issues) {
    const f =
      FIX_FIELD[i.code] ?? (i.code === 'invalid' || i.code === 'notANumber' || i.code === 'outOfRange' || i.code === 'notWholeNumber' ? i.field : undefined);
    if (f) fields.add(f);
  }
  for (const f of Object.keys(edit ?? {}) as ImportField[]) if (f !== 'name_as_written' && f !== 'code') fields.add(f);
  const warningFields = new Set(r.warnings.filter((w) => WARNING_FIX.has(w.code) && w.field && !fields.has(w.field)).map((w) => w.field!));
  const regionProblem = r.issues.some((i) => i.code === 'noRegion' || i.code === 'unknownCode');
  const value = (f: ImportField) => edit?.[f] ?? cellOf(r.line, f);
  return (
    <tr data-status={r.status} data-line={r.line}>
      <td>{r.line}</td>
      <td>
        {r.label}
        {r.code && r.status !== 'ignored' && <span className="muted"> → {regionName(r.code)}</span>}
      </td>
      <td>
        {r.status === 'accepted' ? (
          <label>
            <input type="checkbox" checked={ticked} aria-label={t('impKeepRow', { line: r.line })} onChange={(e) => onToggle(r.line, e.target.checked)} />{' '}
            {t('impAccepted')}
          </label>
        ) : (
          t(STATUS_KEY[r.status])
        )}
      </td>
      <td>
        <ul className="row-messages">
          {r.issues.map((i, n) => (
            <li key={`i${n}`} className={r.status === 'ignored' ? 'muted' : 'flag'}>
              {issueText(t, i)}
            </li>
          ))}
          {r.warnings.map((w, n) => (
            <li key={`w${n}`} className="muted">
              {issueText(t, w)}
            </li>
          ))}
        </ul>
        {r.candidates && r.candidates.length > 0 && (
          <select
            aria-label={t('impPickRegion', { line: r.line })}
            value={chosen ?? ''}
            onChange={(e) => onPick(r.line, e.target.value)}
            className="region-pick"
          >
            <option value="">{t('impPickNone')}</option>
            {r.candidates.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        )}
        {((r.candidates && r.candidates.length === 0) || regionProblem) && (
          <RegionSearch line={r.line} listId={listId} chosen={chosen} regionName={regionName} onPick={onPick} />
        )}
        {chosen && sharedWith > 0 && <p className="muted">{t('impChosenForAll', { n: sharedWith, name: r.label })}</p>}
        {[...fields].map((f) => (
          <FieldFix key={f} line={r.line} field={f} value={value(f)} onEdit={onEdit} />
        ))}
        {warningFields.size > 0 && (
          <details className="fix-optional">
            <summary>{t('impFix')}</summary>
            {[...warningFields].map((f) => (
              <FieldFix key={f} line={r.line} field={f} value={value(f)} onEdit={onEdit} />
            ))}
          </details>
        )}
      </td>
    </tr>
  );
});
