import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/data/use-dataset';
import { readStartUrl } from '@/state/url-state';
import { boundariesQuery } from '@/data/load-boundaries';

/**
 * The map needs its code (MapLibre chunk) and the boundary file. Once the two small data files are in (the
 * summary can render), both are requested together instead of one after the other (chunk → mount →
 * boundaries). Not earlier: on a slow link they would hold up the summary, which must come first.
 */
export function startMapEarly(client: QueryClient): void {
  if (readStartUrl().state.view === 'table') return;
  void client
    .prefetchQuery(datasetQuery)
    .then(() => {
      // The boundaries feed the 2D map at once. MapLibre's code (a megabyte to evaluate) is asked for by the map
      // stage once the 2D map has drawn, so it cannot hold the first coloured map back.
      return client.prefetchQuery(boundariesQuery);
    })
    .catch(() => {
      /* the lazy component retries and shows its own error */
    });
}
