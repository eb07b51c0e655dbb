import type { QueryClient } from '@tanstack/react-query';
import { datasetQuery } from '@/data/use-dataset';
import { readStartUrl } from '@/state/url-state';
import { boundariesQuery } from '@/data/load-boundaries';

/**
 * The first view needs the dataset and the boundary file, both asked for by index.html itself (preload links,
 * vite.config.ts), so their bytes arrive while the JS does. The boundary file is decoded once the dataset is
 * in: on a slow link the summary comes first.
 */
export function startMapEarly(client: QueryClient): void {
  if (readStartUrl().state.view === 'table') return;
  void client
    .prefetchQuery(datasetQuery)
    .then(() => {
      // The boundaries feed the 2D map at once. MapLibre's code (a megabyte to evaluate) is asked for only when
      // the reader reaches for the map (src/app/map-stage.tsx).
      return client.prefetchQuery(boundariesQuery);
    })
    .catch(() => {
      /* the lazy component retries and shows its own error */
    });
}
