import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { App } from '@/app/app';

/** The whole app at a URL, with a fresh query cache and view state (the map module is mocked by the caller). */
export function renderApp(path = '/') {
  window.history.replaceState(null, '', path);
  useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <App />
    </QueryClientProvider>,
  );
}
