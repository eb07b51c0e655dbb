import type { Dataset } from '@/domain/dataset';
import type { CategoryStatus } from '@/domain/award-record';
import { CHANGE_CLASSES, type ChangeClass } from '@/domain/transitions';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { useRegionRows } from '@/shared/use-region-rows';
import { classLabel, type EditionPair } from '@/shared/view-count-lines';

/** More than this and the table is the better list. */
const MAX_LISTED = 60;

/**
 * The change map's regions by class, named: a filtered change map can leave a few specks on a national map,
 * and a reader should not have to hunt for them. Regions with no record in either edition are not listed.
 */
export function ShownRegionsList({ dataset, years }: { dataset: Dataset; years: EditionPair }) {
  const { t, lang } = useT();
  const rows = useRegionRows(dataset);
  const selectRegion = useViewStore((s) => s.selectRegion);
  if (years.base === null) return null;
  const shown = rows.filter((r) => r.matchesFilter && r.change !== null);
  if (shown.length === 0) return null;
  const byName = shown.slice().sort((a, b) => a.region.name.localeCompare(b.region.name, 'id'));
  const groups = CHANGE_CLASSES.map((c: ChangeClass) => ({ c, rows: byName.filter((r) => r.mapClass === c) })).filter((g) => g.rows.length > 0);
  let budget = MAX_LISTED;
  const outcome = (o: CategoryStatus | undefined, y: number) => `${t(o ?? 'unknown')} ${y}`;
  return (
    <section className="shown-regions" aria-labelledby="shown-regions-title" data-testid="shown-regions">
      <h3 id="shown-regions-title">{t('shownRegions', { n: formatNumber(shown.length, lang) })}</h3>
      {groups.map((g) => {
        const take = g.rows.slice(0, Math.max(0, budget));
        budget -= take.length;
        if (take.length === 0) return null;
        return (
          <div key={g.c}>
            <h4>
              {classLabel(g.c, years, t)} ({formatNumber(g.rows.length, lang)})
            </h4>
            <ul>
              {take.map((r) => (
                <li key={r.region.code}>
                  <button type="button" className="link" onClick={() => selectRegion(r.region.code)}>
                    {t('shownRegionLine', { name: r.region.name, from: outcome(r.base, years.base!), to: outcome(r.status, years.year) })}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {shown.length > MAX_LISTED && <p className="muted">{t('shownRegionsMore', { n: formatNumber(shown.length - MAX_LISTED, lang) })}</p>}
    </section>
  );
}
