import type { Dataset } from '@/domain/dataset';
import type { RegionRow } from '@/domain/select-regions';
import { useT } from '@/i18n/use-t';
import { CategoryBadge } from '@/shared/category-badge';

function RegionTip({ row, dataset, hint, at, tooltip }: { row: RegionRow; dataset: Dataset; hint: string; at: { x: number; y: number }; tooltip: boolean }) {
  return (
    <div className="map-tooltip" style={{ left: at.x + 12, top: at.y + 12 }} {...(tooltip ? { role: 'tooltip' } : { 'aria-hidden': true })}>
      <strong>{row.region.name}</strong>
      <div className="muted">{dataset.byCode.get(row.region.provinceCode)?.name}</div>
      <CategoryBadge status={row.status} />
      <div className="muted small">{hint}</div>
    </div>
  );
}

/**
 * What both renderers say about the map around it: the keys, the keyboard focus announced and labelled, the
 * region under the pointer named with its category.
 */
export function MapLabels(props: {
  dataset: Dataset;
  focusRow?: RegionRow | undefined;
  focusAt?: { x: number; y: number } | null;
  hoverRow?: RegionRow | undefined;
  hoverAt?: { x: number; y: number } | null;
  /** The keys and the announcement belong to the map that has the keyboard; a preview has neither. */
  describe?: boolean;
}) {
  const { t } = useT();
  const { dataset, focusRow, focusAt, hoverRow, hoverAt, describe = true } = props;
  return (
    <>
      {describe && (
        <>
          <p id="map-keys" className="sr-only map-keys" data-testid="map-keys">
            {t('mapKeys')}
          </p>
          <p className="sr-only" aria-live="polite" data-testid="map-announce">
            {focusRow
              ? `${focusRow.region.name}, ${dataset.byCode.get(focusRow.region.provinceCode)?.name ?? ''}: ${t(focusRow.status)}. ${t('mapEnterHint')}`
              : ''}
          </p>
        </>
      )}
      {focusRow && focusAt && <RegionTip row={focusRow} dataset={dataset} hint={t('mapEnterHint')} at={focusAt} tooltip={false} />}
      {hoverRow && hoverAt && <RegionTip row={hoverRow} dataset={dataset} hint={t('tooltipHint')} at={hoverAt} tooltip />}
    </>
  );
}

/** The boundary file failed: said in place of the map, with a retry (both renderers). */
export function MapLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useT();
  return (
    <div className="map-overlay" role="alert">
      <p>{t('loadFailed')}</p>
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
