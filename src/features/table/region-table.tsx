import './region-table.css';
import { useCallback, useMemo, useState } from 'react';
import { categoryRank } from '@/domain/category-status';
import type { Dataset } from '@/domain/dataset';
import type { RegionRow } from '@/domain/select-regions';
import type { MessageKey } from '@/i18n/dictionary';
import { formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { CategoryBadge } from '@/shared/category-badge';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';
import { toExcelCsv } from '@/data/excel-csv';
import { downloadBlob } from '@/shared/download';

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

const metric = (r: RegionRow, k: 'coveragePct' | 'activePct') => r.records.find((x) => x.metrics[k] !== undefined)?.metrics[k];
const recipientOf = (r: RegionRow) => {
  const rec = r.records.find((x) => x.recipient)?.recipient;
  return rec ? (rec.name ? `${rec.name} (${rec.role})` : rec.role) : '';
};
const statusRank = (r: RegionRow) => (r.status === 'unknown' ? 9 : categoryRank(r.status));

/** The filtered regions as a sortable table; a row selects its region. */
function ImportedTag({ records }: { records: RegionRow['records'] }) {
  const { t } = useT();
  const files = [...new Set(records.flatMap((x) => (x.origin.kind === 'imported' ? [x.origin.file] : [])))];
  return <span className="imported-tag"> {t('originImported', { file: files.join(', ') })}</span>;
}

export function RegionTable({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const rows = useRegionRows(dataset);
  const selectRegion = useViewStore((s) => s.selectRegion);
  const selected = useViewStore((s) => s.region);
  const [sort, setSort] = useState<{ col: Col; dir: 1 | -1 }>({ col: 'category', dir: 1 });
  const provinceName = useCallback((code: string) => dataset.byCode.get(code)?.name ?? code, [dataset]);

  const shown = useMemo(() => {
    const key = (r: RegionRow): string | number => {
      switch (sort.col) {
        case 'name':
          return r.region.shortName;
        case 'province':
          return provinceName(r.region.provinceCode);
        case 'category':
          return statusRank(r);
        case 'coverage':
          return metric(r, 'coveragePct') ?? -1;
        case 'active':
          return metric(r, 'activePct') ?? -1;
        case 'change':
          return r.change ?? 'zz';
        case 'recipient':
          return recipientOf(r) || '\uffff';
      }
    };
    return rows
      .filter((r) => r.matchesFilter)
      .sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        const c = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : String(ka).localeCompare(String(kb), 'id');
        return c * sort.dir || a.region.shortName.localeCompare(b.region.shortName, 'id');
      });
  }, [rows, sort, provinceName]);

  const download = () => {
    const header = ['kode', 'kabupaten_kota', 'provinsi', 'tahun', 'kategori', 'cakupan_pct', 'keaktifan_pct', 'perubahan', 'penerima', 'sumber'];
    const body = shown.map((r) => [
      r.region.code,
      r.region.name,
      provinceName(r.region.provinceCode),
      year,
      t(r.status),
      metric(r, 'coveragePct'),
      metric(r, 'activePct'),
      r.change ? t(r.change) : '',
      recipientOf(r),
      r.records.map((x) => x.sources[0]?.url).join(' '),
    ]);
    downloadBlob(new Blob([toExcelCsv(header, body)], { type: 'text/csv;charset=utf-8' }), `peta-uhc-${year}.csv`);
  };

  return (
    <div className="table-view">
      <div className="table-tools">
        <span role="status" data-testid="rows-shown">
          {t('rowsShown', { n: shown.length })}
        </span>
        <button type="button" onClick={download} data-testid="download-csv">
          {t('downloadCsv')}
        </button>
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
                    aria-label={t('sortBy', { col: t(c.label) })}
                  >
                    {t(c.label)} {sort.col === c.id ? (sort.dir === 1 ? '▲' : '▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const cov = metric(r, 'coveragePct');
              const act = metric(r, 'activePct');
              return (
                <tr key={r.region.code} aria-selected={selected === r.region.code} data-code={r.region.code}>
                  <th scope="row">
                    <button type="button" className="link" onClick={() => selectRegion(r.region.code)}>
                      {r.region.name}
                    </button>
                  </th>
                  <td>{provinceName(r.region.provinceCode)}</td>
                  <td>
                    <CategoryBadge status={r.status} />
                    {r.imported && <ImportedTag records={r.records} />}
                  </td>
                  <td className="num">{cov !== undefined ? formatPercent(cov, lang) : ''}</td>
                  <td className="num">{act !== undefined ? formatPercent(act, lang) : ''}</td>
                  <td>{r.change ? t(r.change) : ''}</td>
                  <td>{recipientOf(r)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
