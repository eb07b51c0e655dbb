import { QueryClient } from '@tanstack/react-query';

/**
 * The app's query cache. Every query is a file of this site, and after one visit the service worker serves them
 * all with no network, so a query runs whatever the browser says about the network ('always'): left to React
 * Query's default, a device that went offline while the page was open would never start a query (the search's
 * place names, the panels' records) and show "Menyiapkan pencarian…" for good, though the file is a step away
 * in the offline copy. A file that truly cannot be read fails as it would online, with its message.
 */
export function createQueryClient(queries: { retry?: false } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { networkMode: 'always', ...queries },
      mutations: { networkMode: 'always' },
    },
  });
}
