import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '@/data/query-client';
import { render, waitFor } from '@testing-library/react';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { App } from '@/app/app';
import { Dashboard } from '@/app/dashboard';
import type { Dataset } from '@/domain/dataset';

/** The whole app at a URL, with a fresh query cache and view state (the map module is mocked by the caller). */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
  const client = createQueryClient({ retry: false });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}

/** The dashboard on a given dataset at a URL, with a fresh query cache and view state (map module mocked by the caller). */
export function renderDashboard(dataset: Dataset, path = '/') {
  window.history.replaceState(null, '', path);
  useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
  const client = createQueryClient({ retry: false });
  return render(
    <QueryClientProvider client={client}>
      <Dashboard dataset={dataset} />
    </QueryClientProvider>,
  );
}

/** The dashboard paints its map first and fills the filter column and side panel right after (useAfterFirstPaint). */
export async function panelsShown(): Promise<void> {
  await waitFor(() => {
    if (!document.querySelector('.layout[data-panels="true"]')) throw new Error('panels not rendered yet');
  });
}
