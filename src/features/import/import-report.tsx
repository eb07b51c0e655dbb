import { memo, useId, useMemo, useState } from 'react';
import type { ImportField } from '@/data/import/column-mapping';
import type { ImportIssue, ImportRowResult } from '@/data/import/prepare-import';
import type { Region } from '@/domain/regions';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { fieldLabel, issueText } from './import-text';

/** Rows drawn at first and added per "show more": a 20,000-row report never draws 20,000 rows at once. */
const REPORT_PAGE = 200;

const CATEGORY_OPTIONS = [
  ['Utama', 'utama'],
  ['Madya', 'madya'],
  ['Pratama', 'pratama'],
  ['Awarded', 'awarded'],
  ['None', 'none'],
] as const;

/** Problems whose fix is a cell: the field to edit. */
const FIX_FIELD: Partial<Record<ImportIssue['code'], ImportField>> = { noYear: 'year', badYear: 'year', noCategory: 'category', badCategory: 'category' };
/** Warnings about a detail the user may correct (optional, folded away). */
const WARNING_FIX = new Set<ImportIssue['code']>(['roleMissing', 'recipientNameMissing', 'badUrl', 'badDate', 'badOfficial', 'fractionPercent']);

type Filter = 'all' | 'attention';

const RANK: Record<ImportRowResult['status'], number> = { rejected: 0, choose: 1, accepted: 3, ignored: 4 };

/** Problems first, then rows with notes, then the rest; skipped rows last. Kept while the user fixes rows. */
export function reportOrder(results: readonly ImportRowResult[]): number[] {
  const rank = (r: ImportRowResult) => (r.status === 'accepted' && r.warnings.length ? 2 : RANK[r.status]);
  return [...results].sort((a, b) => rank(a) - rank(b) || a.line - b.line).map((r) => r.line);
}

export interface ReportHandlers {
  onEdit(line: number, field: ImportField, value: string): void;
  onPick(line: number, code: string): void;
  onToggle(line: number, keep: boolean): void;
}

interface ReportProps extends ReportHandlers {
  results: readonly ImportRowResult[];
  /** Lines in the order the report keeps while the user fixes rows (problems first, fixed once per check). */
  order: readonly number[];
  edits: ReadonlyMap<number, Partial<Record<ImportField, string>>>;
  choices: ReadonlyMap<string, string>;
  isTicked(r: ImportRowResult): boolean;
  cellOf(line: number, field: ImportField): string;
  regions: readonly Region[];
  regionName(code: string): string;
}

const needsAttention = (r: ImportRowResult) => r.status === 'rejected' || r.status === 'choose';

/** The check report: counts, then every row with what is wrong, how to fix it in place, and whether it is applied. */
export function ImportReport(props: ReportProps) {
  const { t, lang } = useT();
  const { results, order, edits, choices, isTicked, cellOf, regions, regionName, onEdit, onPick, onToggle } = props;
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(REPORT_PAGE);
  const listId = useId();
  const byLine = useMemo(() => new Map(results.map((r) => [r.line, r])), [results]);
  const counts = useMemo(() => {
    const c = { accepted: 0, choose: 0, rejected: 0, ignored: 0, warned: 0 };
    for (const r of results) {
      c[r.status] += 1;
      if (r.status === 'accepted' && r.warnings.length) c.warned += 1;
    }
    return c;
  }, [results]);
  const sharing = useMemo(() => {
    const n = new Map<string, number>();
    for (const r of results) if (r.nameKey && r.candidates) n.set(r.nameKey, (n.get(r.nameKey) ?? 0) + 1);
    return n;
  }, [results]);
  const shown = useMemo(
    () => order.map((l) => byLine.get(l)!).filter((r) => r && (filter === 'all' || needsAttention(r) || edits.has(r.line))),
    [order, byLine, filter, edits],
  );
  const visible = shown.slice(0, limit);
  const fmt = (n: number) => formatNumber(n, lang);

  return (
    <section className="import-report-section" aria-labelledby="import-report-title">
      <h4 id="import-report-title">{t('impReport')}</h4>
      <p role="status" data-testid="import-summary">
        {t('impSummary', { accepted: fmt(counts.accepted), choose: fmt(counts.choose), rejected: fmt(counts.rejected) })}
      </p>
      {(counts.warned > 0 || counts.ignored > 0) && (
        <p className="muted">
          {counts.warned > 0 && t('impSummaryWarnings', { n: fmt(counts.warned) })} {counts.ignored > 0 && t('impSummaryIgnored', { n: fmt(counts.ignored) })}
        </p>
      )}
      <div className="report-filter" role="group" aria-label={t('impReport')}>
        <button type="button" aria-pressed={filter === 'attention'} onClick={() => setFilter('attention')} data-testid="filter-attention">
          {t('impShowProblems', { n: fmt(counts.rejected + counts.choose) })}
        </button>
        <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          {t('impShowAll', { n: fmt(results.length) })}
        </button>
      </div>
      <datalist id={listId}>
        {regions.map((r) => (
          <option key={r.code} value={`${r.name} (${r.code})`} />
        ))}
      </datalist>
      <div className="table-scroll">
        <table className="import-report" data-testid="import-report">
          <thead>
            <tr>
              <th scope="col">{t('impColLine')}</th>
              <th scope="col">{t('impColRegion')}</th>
              <th scope="col">{t('impColStatus')}</th>
              <th scope="col">{t('impColDetails')}</th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <ReportRow
                key={r.line}
                r={r}
                edit={edits.get(r.line)}
                chosen={choices.get(`line:${r.line}`) ?? (r.nameKey ? choices.get(`name:${r.nameKey}`) : undefined)}
                sharedWith={r.nameKey ? (sharing.get(r.nameKey) ?? 1) - 1 : 0}
                ticked={isTicked(r)}
                cellOf={cellOf}
                regionName={regionName}
                listId={listId}
                onEdit={onEdit}
                onPick={onPick}
                onToggle={onToggle}
              />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + REPORT_PAGE)} data-testid="show-more">
          {t('impShowMore', { n: fmt(Math.min(REPORT_PAGE, shown.length - limit)), left: fmt(shown.length - limit) })}
        </button>
      )}
    </section>
  );
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

const ReportRow = memo(function ReportRow({ r, edit, chosen, sharedWith, ticked, cellOf, regionName, listId, onEdit, onPick, onToggle }: RowProps) {
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

function RegionSearch({
  line,
  listId,
  chosen,
  regionName,
  onPick,
}: {
  line: number;
  listId: string;
  chosen?: string;
  regionName(code: string): string;
  onPick: ReportHandlers['onPick'];
}) {
  const { t } = useT();
  const [text, setText] = useState(chosen ? `${regionName(chosen)} (${chosen})` : '');
  return (
    <input
      type="search"
      className="region-search"
      list={listId}
      value={text}
      placeholder={t('impSearchPlaceholder')}
      aria-label={t('impSearchRegion', { line })}
      onChange={(e) => {
        setText(e.target.value);
        const code = /\((\d{2}(?:\.\d{2})?)\)\s*$/.exec(e.target.value)?.[1];
        if (code) onPick(line, code);
        else if (!e.target.value) onPick(line, '');
      }}
    />
  );
}

function FieldFix({ line, field, value, onEdit }: { line: number; field: ImportField; value: string; onEdit: ReportHandlers['onEdit'] }) {
  const { t } = useT();
  const label = t('impFixField', { field: fieldLabel(t, field), line });
  if (field === 'category') {
    const known = CATEGORY_OPTIONS.some(([v]) => v === value);
    return (
      <label className="field-fix">
        <span>{fieldLabel(t, field)}</span>
        <select aria-label={label} value={known ? value : ''} onChange={(e) => onEdit(line, field, e.target.value)}>
          <option value="">{value ? `‘${value}’` : t('impPickNone')}</option>
          {CATEGORY_OPTIONS.map(([v, key]) => (
            <option key={v} value={v}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label className="field-fix">
      <span>{fieldLabel(t, field)}</span>
      <input
        type="text"
        aria-label={label}
        value={value}
        inputMode={field === 'year' ? 'numeric' : undefined}
        onChange={(e) => onEdit(line, field, e.target.value)}
      />
    </label>
  );
}
