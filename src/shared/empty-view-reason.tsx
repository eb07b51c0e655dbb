import type { Dataset } from '@/domain/dataset';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { scopeText, type ViewDescription } from './view-count-lines';

/** Kabupaten/kota with a record in an edition: how far a change against it can reach. */
function regionsRecordedIn(ds: Dataset, year: number): number {
  let n = 0;
  for (const r of ds.regencies) if ((ds.recordsByCode.get(r.code) ?? []).some((x) => x.year === year)) n += 1;
  return n;
}

/**
 * Why a view shows nothing, said where its counts are: no earlier edition to compare with, or a combination
 * of filters no region meets (with how far the baseline's data reaches, when a change is asked for).
 */
export function EmptyViewReason({ dataset, description }: { dataset: Dataset; description: Pick<ViewDescription, 'years' | 'counts' | 'scope'> }) {
  const { t, lang } = useT();
  const mode = useViewStore((s) => s.mode);
  const changes = useViewStore((s) => s.changes);
  const { years, counts, scope } = description;
  const asksChange = mode === 'change' || changes.length > 0;
  if (asksChange && years.base === null) {
    return (
      <p className="empty-view" role="status" data-testid="empty-view">
        {t('noBaseline', { year: years.year })}
      </p>
    );
  }
  if (counts.shownTotal > 0) return null;
  return (
    <p className="empty-view" role="status" data-testid="empty-view">
      {t('emptyView', { scope: scopeText(scope) })}
      {asksChange && years.base !== null && <> {t('emptyChangeHint', { base: years.base, n: formatNumber(regionsRecordedIn(dataset, years.base), lang) })}</>}
    </p>
  );
}
