import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/data/use-dataset';
import { parseShareUrl } from '@/state/url-state';
import { loadBoundaries } from './load-boundaries';
import { loadMapView } from './load-map-view';
import { hasWebGL2 } from './webgl-support';

export const BOUNDARIES_QUERY_KEY = ['boundaries'] as const;

/**
 * The map needs its code (MapLibre chunk) and the boundary file. Once the two small data files are in (the
 * summary can render), both are requested together instead of one after the other (chunk → mount →
 * boundaries). Not earlier: on a slow link they would hold up the summary, which must come first.
 */
export function startMapEarly(client: QueryClient): void {
  if (!hasWebGL2() || parseShareUrl(window.location.search).state.view === 'table') return;
  void client
    .prefetchQuery(datasetQuery)
    .then(() => {
      void client.prefetchQuery({ queryKey: BOUNDARIES_QUERY_KEY, queryFn: ({ signal }) => loadBoundaries(signal), staleTime: Infinity });
      return loadMapView();
    })
    .catch(() => {
      /* the lazy component retries and shows its own error */
    });
}
