import './embed.css';
import { useMemo } from 'react';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { CategoryBadge } from '@/shared/category-badge';
import { RegionTable } from '@/features/table/region-table';
import { boundaryAttribution } from '@/shared/boundary-attribution';
import { awardPageCount, mapExportInfo } from '@/shared/map-export-info';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';
import { useViewStore, viewStateOf } from '@/state/store';
import { shareLink, urlContextOf } from '@/state/url-state';
import { useUrlSync } from '@/state/use-url-sync';
import { MapStage } from './map-stage';
import { NoticeBar } from './notice-bar';

/**
 * The page an article embeds (`embed=1`): a title naming the edition and filter (wrapped, never cut), the map
 * with its legend as a strip along the bottom (the fit leaves room for it: src/map/fit-padding.ts) — or, for
 * `view=table`, the table — the region a reader taps named with its category, a source line, and a link that
 * opens the full app on the same view. No sidebar, header tools or page scroll.
 */
export function EmbedView({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  useUrlSync(useMemo(() => urlContextOf(dataset), [dataset]));
  const rows = useRegionRows(dataset);
  const year = useEffectiveYear(dataset);
  const state = viewStateOf(useViewStore());
  const full = shareLink(window.location.origin, window.location.pathname, state, dataset.latestYear, false);
  const title = mapExportInfo(dataset, rows, state, year, full, t, lang).title;
  const region = state.region ? dataset.byCode.get(state.region) : undefined;
  const regionRow = region ? rows.find((r) => r.region.code === region.code) : undefined;
  return (
    <div className="app embed" lang={lang} data-testid="embed">
      <header className="embed-head">
        <h1>{title}</h1>
        <a href={full} target="_blank" rel="noopener noreferrer" data-testid="open-full">
          {t('openFullMap')}
        </a>
      </header>
      <NoticeBar />
      {region && (
        <p className="embed-region" data-testid="embed-region" aria-live="polite">
          <strong>{region.name}</strong> <CategoryBadge status={regionRow?.status ?? 'unknown'} />
        </p>
      )}
      <main className={state.view === 'table' ? 'stage embed-table' : 'stage embed-map'}>
        {state.view === 'table' ? <RegionTable dataset={dataset} /> : <MapStage dataset={dataset} />}
      </main>
      <p className="embed-sources" data-testid="embed-sources">
        {t('embedSources', { n: awardPageCount(rows), boundary: boundaryAttribution(dataset.boundarySource, t), data: t('attribution') })}
      </p>
    </div>
  );
}
