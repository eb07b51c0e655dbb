import './embed.css';
import { useMemo } from 'react';
import { useFullestDataset } from '@/data/use-dataset';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { CategoryBadge } from '@/shared/category-badge';
import { FullRecords } from '@/shared/full-records';
import { embedCredit } from '@/shared/map-export-info';
import { viewHeading } from '@/shared/view-count-lines';
import { viewLink } from '@/shared/view-link';
import { useEffectiveYear, useRegionRows, useViewDescription } from '@/shared/use-region-rows';
import { useViewStore, viewStateOf } from '@/state/store';
import { urlContextOf } from '@/state/url-state';
import { useUrlSync } from '@/state/use-url-sync';
import { regionTableChunk } from './lazy-chunks';
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
  // The credit counts the pages behind the shown regions: they are in the panels' file, once it is in.
  const fullest = useFullestDataset(dataset);
  const sourceRows = useRegionRows(fullest);
  const year = useEffectiveYear(dataset);
  const state = viewStateOf(useViewStore());
  const tableCode = regionTableChunk.useChunk(state.view === 'table');
  // The full map's link is the one Share hands out (a region's own page when one is open).
  const full = viewLink(dataset, state);
  // The heading says what the map shows (edition, place, filters); the app's name goes to the credit line, so
  // at 320 px the heading is one or two lines and the map keeps the frame.
  const { scope } = useViewDescription(dataset);
  const title = viewHeading(year, scope, t);
  const region = state.region ? dataset.byCode.get(state.region) : undefined;
  const regionRow = region ? rows.find((r) => r.region.code === region.code) : undefined;
  return (
    <div className="app embed" lang={lang} data-testid="embed">
      <header className="embed-head">
        <h1>{title}</h1>
      </header>
      <NoticeBar />
      {region && (
        <p className="embed-region" data-testid="embed-region" aria-live="polite">
          <strong>{region.name}</strong> <CategoryBadge status={regionRow?.status ?? 'unknown'} />
        </p>
      )}
      <main className={state.view === 'table' ? 'stage embed-table' : 'stage embed-map'}>
        {state.view === 'table' ? (
          // The table states figures, recipients and sources: as in the app, only from the full records.
          <FullRecords dataset={dataset} code={tableCode}>
            {(full) => tableCode.module && <tableCode.module.RegionTable dataset={full} />}
          </FullRecords>
        ) : (
          <MapStage dataset={dataset} />
        )}
      </main>
      {/* Sources and the way to the full app share one small line: the map keeps the frame. */}
      <p className="embed-foot">
        <strong>{t('appTitle')}</strong> · <span data-testid="embed-sources">{embedCredit(sourceRows, fullest, t)}</span> ·{' '}
        <a href={full} target="_blank" rel="noopener noreferrer" data-testid="open-full">
          {t('openFullMap')}
        </a>
      </p>
    </div>
  );
}
