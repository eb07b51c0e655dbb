import './region-table.css';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { categoryRank } from '@/domain/category-status';
import type { Dataset } from '@/domain/dataset';
import type { RegionRow } from '@/domain/select-regions';
import type { MessageKey } from '@/i18n/dictionary';
import { formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore, viewStateOf } from '@/state/store';
import { CategoryBadge } from '@/shared/category-badge';
import { EvidenceLine } from '@/shared/evidence-line';
import { useBaselineYear, useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';
import { importedOriginText, recipientText } from '@/shared/table-csv';
import { changeText } from '@/shared/view-count-lines';

type Col = 'name' | 'province' | 'category' | 'coverage' | 'active' | 'change' | 'recipient';
const COLS: { id: Col; label: MessageKey }[] = [
  { id: 'name', label: 'name' },
  { id: 'province', label: 'province' },
  { id: 'category', label: 'category' },
  { id: 'coverage', label: 'coverage' },
  { id: 'active', label: 'active' },
  { id: 'change', label: 'change' },
  { id: 'recipient', label: 'recipient' },
];

/** Figures and recipient come from one record only (the row's primary): two sources are never blended. */
const metric = (r: RegionRow, k: 'coveragePct' | 'activePct') => r.primary?.metrics[k];
const statusRank = (r: RegionRow) => (r.status === 'unknown' ? null : categoryRank(r.status));

/**
 * Where the row's facts come from: an import's file, an outcome inferred from a complete list or resting on
 * someone's remark, and how many other sources the edition has.
 */
function RowOrigin({ row }: { row: RegionRow }) {
  const { t } = useT();
  const origin = row.primary?.origin;
  const others = row.records.length - 1;
  return (
    <>
      {origin?.kind === 'imported' && <span className="imported-tag"> {importedOriginText(origin.file, t)}</span>}
      {row.primary && (row.primary.evidence === 'list' || row.primary.evidence === 'remark') && (
        <span className="small">
          {' '}
          <EvidenceLine record={row.primary} />
        </span>
      )}
      {others > 0 && <span className="muted small"> {t('otherSources', { n: others })}</span>}
    </>
  );
}

/** Sorts with blanks (no record, no figure) last whichever way the column is sorted. */
function compareWithBlanksLast(a: string | number | null, b: string | number | null, dir: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'id');
  return c * dir;
}

/** Keys that move the focus along the rows: the row list is one tab stop, as the map is. */
const ROW_KEYS: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  PageDown: (i, n) => Math.min(i + 10, n - 1),
  PageUp: (i) => Math.max(i - 10, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

/** The filtered regions as a sortable table; a row selects its region. */
export function RegionTable({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const base = useBaselineYear(dataset);
  const years = useMemo(() => ({ year, base }), [year, base]);
  // The change column names its baseline: a change means nothing without it.
  const label = (c: (typeof COLS)[number]) => (c.id === 'change' && base !== null ? t('changeFilterVs', { base }) : t(c.label));
  const rows = useRegionRows(dataset);
  const selectRegion = useViewStore((s) => s.selectRegion);
  const selected = useViewStore((s) => s.region);
  const [sort, setSort] = useState<{ col: Col; dir: 1 | -1 }>({ col: 'category', dir: 1 });
  const [focusCode, setFocusCode] = useState<string | null>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const provinceName = useCallback((code: string) => dataset.byCode.get(code)?.name ?? code, [dataset]);

  const shown = useMemo(() => {
    const key = (r: RegionRow): string | number | null => {
      switch (sort.col) {
        case 'name':
          return r.region.shortName;
        case 'province':
          return provinceName(r.region.provinceCode);
        case 'category':
          return statusRank(r);
        case 'coverage':
          return metric(r, 'coveragePct') ?? null;
        case 'active':
          return metric(r, 'activePct') ?? null;
        case 'change':
          return r.change ? changeText(r.change, years, t) : null;
        case 'recipient':
          return recipientText(r) || null;
      }
    };
    return rows
      .filter((r) => r.matchesFilter)
      .sort((a, b) => compareWithBlanksLast(key(a), key(b), sort.dir) || a.region.shortName.localeCompare(b.region.shortName, 'id'));
  }, [rows, sort, provinceName, t, years]);

  const focusIndex = Math.max(
    0,
    shown.findIndex((r) => r.region.code === (focusCode ?? selected)),
  );
  const onRowKey = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const move = ROW_KEYS[e.key];
    if (!move || shown.length === 0) return;
    e.preventDefault();
    const next = shown[move(focusIndex, shown.length)]!;
    setFocusCode(next.region.code);
    body.current?.querySelector<HTMLButtonElement>(`tr[data-code="${next.region.code}"] button`)?.focus();
  };

  // The CSV writers (and the award parser's column list behind the raw one) load when asked for, not with the
  // first view. The table's CSV follows the table's order; the raw one keeps data/awards.csv's columns.
  const download = async (raw: boolean) => {
    const { downloadRecordsCsv, downloadTableCsv } = await import('@/shared/download-records');
    const view = viewStateOf(useViewStore.getState());
    if (raw)
      downloadRecordsCsv(
        dataset,
        shown.flatMap((r) => r.records),
        view,
        years,
      );
    else downloadTableCsv(dataset, shown, view, years, t);
  };

  return (
    <div className="table-view">
      <div className="table-tools">
        <span role="status" data-testid="rows-shown">
          {t('rowsShown', { n: shown.length })}
        </span>
        <span className="table-downloads">
          <button type="button" onClick={() => void download(false)} data-testid="download-csv" aria-describedby="csv-choice">
            {t('downloadCsv')}
          </button>
          <button type="button" onClick={() => void download(true)} data-testid="download-csv-raw" aria-describedby="csv-choice">
            {t('downloadCsvRaw')}
          </button>
          <span id="csv-choice" className="muted small csv-choice">
            {t('csvChoiceHint')}
          </span>
        </span>
      </div>
      <div className="table-scroll">
        <table className="region-table" data-testid="region-table">
          <thead>
            <tr>
              {COLS.map((c) => (
                <th key={c.id} scope="col" aria-sort={sort.col === c.id ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'}>
                  <button
                    type="button"
                    className="sort"
                    onClick={() => setSort((s) => ({ col: c.id, dir: s.col === c.id ? (s.dir === 1 ? -1 : 1) : 1 }))}
                    aria-label={t('sortBy', { col: label(c) })}
                  >
                    {label(c)} {sort.col === c.id ? (sort.dir === 1 ? '▲' : '▼') : ''}
                  </button>
                  {/* Paper: the label as text (Chromium repeats a header on every page only when it holds no button). */}
                  <span className="print-only print-label">{label(c)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body} onKeyDown={onRowKey}>
            {shown.map((r, i) => {
              const cov = metric(r, 'coveragePct');
              const act = metric(r, 'activePct');
              return (
                <tr key={r.region.code} aria-selected={selected === r.region.code} data-code={r.region.code}>
                  <th scope="row">
                    <button
                      type="button"
                      className="link"
                      tabIndex={i === focusIndex ? 0 : -1}
                      onFocus={() => setFocusCode(r.region.code)}
                      onClick={() => selectRegion(r.region.code)}
                    >
                      {r.region.name}
                    </button>
                  </th>
                  <td>{provinceName(r.region.provinceCode)}</td>
                  <td>
                    <CategoryBadge status={r.status} />
                    <RowOrigin row={r} />
                  </td>
                  <td className="num">{cov !== undefined ? formatPercent(cov, lang) : ''}</td>
                  <td className="num">{act !== undefined ? formatPercent(act, lang) : ''}</td>
                  <td>{r.change ? changeText(r.change, years, t) : ''}</td>
                  <td>{recipientText(r)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
