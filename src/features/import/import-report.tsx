import { useId, useMemo, useState } from 'react';
import type { ImportField } from '@/data/import/column-mapping';
import type { ImportRowResult } from '@/data/import/import-row-result';
import type { Region } from '@/domain/regions';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { ReportRow, type ReportHandlers } from './report-row';

/** Rows drawn at first and added per "show more": a 20,000-row report never draws 20,000 rows at once. */
const REPORT_PAGE = 200;

type Filter = 'all' | 'attention';

const RANK: Record<ImportRowResult['status'], number> = { rejected: 0, choose: 1, accepted: 3, ignored: 4 };

/** Problems first, then rows with notes, then the rest; skipped rows last. Kept while the user fixes rows. */
export function reportOrder(results: readonly ImportRowResult[]): number[] {
  const rank = (r: ImportRowResult) => (r.status === 'accepted' && r.warnings.length ? 2 : RANK[r.status]);
  return [...results].sort((a, b) => rank(a) - rank(b) || a.line - b.line).map((r) => r.line);
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
      {counts.accepted + counts.choose + counts.rejected === 0 && (
        <p className="flag" data-testid="import-no-rows">
          {t('impNoDataRows', { skipped: counts.ignored > 0 ? t('impNoDataRowsSkipped') : '' })}
        </p>
      )}
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
