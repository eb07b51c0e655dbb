import type { Dataset } from '@/domain/dataset';
import { MATRIX_KEYS, classifyTransition, transitionMatrix, type RegionTransition, type TransitionKey } from '@/domain/transitions';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/**
 * Each region's previous recorded category (rows) against the selected edition (columns), for the
 * regions in the province filter — the same comparison the `change` filter uses, so a cell can filter
 * the map to exactly its regions: the column's category plus the matching change.
 */
export function TransitionMatrixTable({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const year = useEffectiveYear(dataset);
  const rows = useRegionRows(dataset);
  const provinces = useViewStore((s) => s.provinces);
  const setCategories = useViewStore((s) => s.setCategories);
  const setChanges = useViewStore((s) => s.setChanges);
  if (!dataset.years.some((y) => y < year)) return null;
  const transitions: RegionTransition[] = [];
  for (const r of rows) {
    if (provinces.length && !provinces.includes(r.region.provinceCode)) continue;
    const to = r.status === 'unknown' ? undefined : r.status;
    const change = classifyTransition(r.previous?.category, to);
    if (change) transitions.push({ code: r.region.code, from: r.previous?.category, to, change });
  }
  const m = transitionMatrix(transitions);
  const earlier = t('previousRecord');
  const keys = MATRIX_KEYS.filter((k) => MATRIX_KEYS.some((o) => m[k][o] > 0 || m[o][k] > 0));
  const onCell = (from: TransitionKey, to: TransitionKey) => {
    if (to === 'unknown') return;
    setCategories([to]);
    if (from === 'unknown') setChanges(['new']);
    else setChanges([from === to ? 'same' : rank(from) > rank(to) ? 'up' : 'down']);
  };
  return (
    <section aria-labelledby="matrix-title">
      <h3 id="matrix-title">{t('transitionMatrix', { from: earlier, to: year })}</h3>
      <p className="muted">{t('transitionHint')}</p>
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
              <th scope="row">{t(from)}</th>
              {keys.map((to) => (
                <td key={to}>
                  {m[from][to] > 0 && to !== 'unknown' ? (
                    <button type="button" className="link" onClick={() => onCell(from, to)} aria-label={`${t(from)} → ${t(to)} ${year}: ${m[from][to]}`}>
                      {m[from][to]}
                    </button>
                  ) : m[from][to] > 0 ? (
                    m[from][to]
                  ) : (
                    ''
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const ORDER: TransitionKey[] = ['utama', 'madya', 'pratama', 'none', 'unknown'];
function rank(k: TransitionKey): number {
  return ORDER.indexOf(k);
}
