import type { QueryClient } from '@tanstack/react-query';
import { importsQuery } from '@/data/import/use-imports';
import { boundariesQuery, firstBoundariesQuery } from '@/data/load-boundaries';
import { datasetQuery, fullRecordsQuery, prefetchFullRecordsWhenIdle } from '@/data/dataset-queries';
import { withImportedLayers, type ImportedLayer } from '@/domain/imported-layer';
import { loadLanguage } from '@/i18n/dictionary';
import { useViewStore } from '@/state/store';
import { applyUrlToStore } from '@/state/use-url-sync';
import { readStartUrl, urlContextOf } from '@/state/url-state';
import { prefetchMapCodeWhenIdle } from './prefetch-map-code';
import { prefetchChunks, regionPanelChunk, regionTableChunk } from './lazy-chunks';

/**
 * What the first view needs, read before React's first render: the dataset, then the reader's stored imports
 * (a shared URL may name an imported edition). index.html shows a loading line meanwhile and has asked for
 * the data files itself (preload links, vite.config.ts), so their bytes arrive while the JS does; the page is
 * then laid out once, with its data, not first as a skeleton. A failure settles too: the app then renders its
 * message and retry.
 *
 * The dataset is the first view's: each record's outcome (awards-map.json); the records' facts follow once the
 * map is in (awards.json, src/shared/full-records.tsx).
 *
 * The boundary file is decoded as soon as the dataset is in, but not waited for: on a slow link it arrives
 * after the summary's files, and the summary must not wait for the map. MapLibre's code (a megabyte to
 * evaluate) runs only when the reader reaches for the map (src/app/map-stage.tsx); on a fast connection its
 * files are fetched beforehand, when idle (prefetch-map-code.ts).
 */
export async function prefetchFirstView(client: QueryClient): Promise<void> {
  const dataset = await client.fetchQuery(datasetQuery).catch(() => null);
  if (!dataset) return;
  const start = readStartUrl().state;
  // The panels' file (awards.json) at once when the address opens a panel or the table, else after the
  // boundary file, so that on a slow link it never competes with the first map's bytes.
  if (start.view === 'table' || start.region) void client.prefetchQuery(fullRecordsQuery);
  if (start.region) void regionPanelChunk.load().catch(() => undefined);
  if (start.view === 'table') void regionTableChunk.load().catch(() => undefined);
  // The home page preloads the coarse boundary file (half the bytes, the same picture at national zoom), a
  // region page the full one (scripts/pages): the map is drawn first from the file the page asked for. A view of
  // all Indonesia then gets the full file after the panels' facts, which a tap needs sooner than a zoom needs
  // the detail; a view zoomed past the country asks for it at once (useMapBoundaries).
  const coarse = document.querySelector('link[rel="preload"][href*="boundaries-first.topo.json"]') !== null;
  if (start.view !== 'table')
    void (coarse ? client.prefetchQuery(firstBoundariesQuery) : client.prefetchQuery(boundariesQuery)).finally(() => {
      // Then the panel's and the table's code (a tap's other need; a failure is retried there), then the full boundaries.
      prefetchFullRecordsWhenIdle(client, () => {
        prefetchChunks();
        if (coarse) void client.prefetchQuery(boundariesQuery);
      });
      prefetchMapCodeWhenIdle();
    });
  const imports = importsQuery(new Set(dataset.byCode.keys()));
  await client.prefetchQuery(imports);
  // The view the address names, in the store before the first render: the map is fitted and drawn once, for
  // that view, not first for all of Indonesia. The same data the dashboard validates it against (imports too).
  const layers = (client.getQueryData(imports.queryKey) as { layers: ImportedLayer[] } | undefined)?.layers ?? [];
  applyUrlToStore(urlContextOf(withImportedLayers(dataset, layers)));
  // An English address renders in English from its first frame (the table is a chunk of its own, dictionary.ts).
  await loadLanguage(useViewStore.getState().lang).catch(() => undefined);
}
