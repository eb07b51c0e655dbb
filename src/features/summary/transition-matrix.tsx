import type { Dataset } from '@/domain/dataset';
import { MATRIX_KEYS, classifyTransition, transitionMatrix, type ChangeFilter, type RegionTransition, type TransitionKey } from '@/domain/transitions';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { useBaselineYear, useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/**
 * Each region's category in the baseline edition (rows) against the selected edition (columns), for the
 * regions in the province filter — the same comparison the `change` filter and the change map use, so a cell
 * can filter the map to exactly its regions: the column's category plus the matching change.
 */
export function TransitionMatrixTable({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const year = useEffectiveYear(dataset);
  const rows = useRegionRows(dataset);
  const provinces = useViewStore((s) => s.provinces);
  const setCategories = useViewStore((s) => s.setCategories);
  const setChanges = useViewStore((s) => s.setChanges);
  const base = useBaselineYear(dataset);
  if (base === null) return null;
  const transitions: RegionTransition[] = [];
  for (const r of rows) {
    if (provinces.length && !provinces.includes(r.region.provinceCode)) continue;
    if (r.change) transitions.push({ code: r.region.code, from: r.base, to: r.status === 'unknown' ? undefined : r.status, change: r.change });
  }
  const m = transitionMatrix(transitions);
  const keys = MATRIX_KEYS.filter((k) => MATRIX_KEYS.some((o) => m[k][o] > 0 || m[o][k] > 0));
  /** The change filter a cell stands for (with the column's category, exactly the cell's regions). */
  const cellChange = (from: TransitionKey, to: TransitionKey): ChangeFilter | null =>
    classifyTransition(from === 'unknown' ? undefined : from, to === 'unknown' ? undefined : to);
  const onCell = (to: TransitionKey, change: ChangeFilter) => {
    setCategories([to]);
    setChanges([change]);
  };
  return (
    <section aria-labelledby="matrix-title">
      <h3 id="matrix-title">{t('transitionMatrix', { from: base, to: year })}</h3>
      <p className="muted">{t('transitionHint')}</p>
      <div className="wide-table" role="region" aria-label={t('transitionScroll')} tabIndex={0} data-testid="matrix-scroll">
        <table className="matrix">
          <thead>
            <tr>
              <td />
              {keys.map((k) => (
                <th scope="col" key={k}>
                  {t(k)} {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((from) => (
              <tr key={from}>
                <th scope="row">
                  {t(from)} {base}
                </th>
                {keys.map((to) => {
                  const change = cellChange(from, to);
                  return (
                    <td key={to}>
                      {m[from][to] > 0 && change ? (
                        <button type="button" className="link" onClick={() => onCell(to, change)} aria-label={`${t(from)} → ${t(to)} ${year}: ${m[from][to]}`}>
                          {m[from][to]}
                        </button>
                      ) : m[from][to] > 0 ? (
                        m[from][to]
                      ) : (
                        ''
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
