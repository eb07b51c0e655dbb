import type { QueryClient } from '@tanstack/react-query';
import { parseShareUrl } from '@/state/url-state';
import { loadBoundaries } from './load-boundaries';
import { hasWebGL2 } from './webgl-support';

export const BOUNDARIES_QUERY_KEY = ['boundaries'] as const;

/**
 * The map needs its code (MapLibre chunk) and the boundary file; neither depends on the award data. Asking
 * for both at start-up, beside the data, removes two round trips from the time to a drawn map. The summary
 * still renders first: it only waits for the two small data files.
 */
export function startMapEarly(client: QueryClient): void {
  if (!hasWebGL2() || parseShareUrl(window.location.search).state.view === 'table') return;
  void import('./map-view').catch(() => {
    /* the lazy component retries and shows its own error */
  });
  void client.prefetchQuery({ queryKey: BOUNDARIES_QUERY_KEY, queryFn: ({ signal }) => loadBoundaries(signal), staleTime: Infinity });
}
