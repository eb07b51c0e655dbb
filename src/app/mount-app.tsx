import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { prefetchFirstView } from '@/app/start-up';
import { App } from '@/app/app';
import { createQueryClient } from '@/data/query-client';
import { appCodeArrived } from '@/app/first-map';
import { onPhoneScreen } from '@/app/phone-screen';
import { startServiceWorkerAfterFirstView } from '@/app/offline/service-worker';
import { rememberStartUrl } from '@/state/url-state';

/**
 * React and the app, loaded by main.tsx after the page's first map has been asked for. index.html's loading
 * line stays until the first view's data is in (or has failed): see start-up.ts.
 */
export function mountApp(): void {
  appCodeArrived();
  rememberStartUrl();
  startServiceWorkerAfterFirstView();
  const queryClient = createQueryClient();
  // On a phone the first render is a transition: React renders it in slices, yielding between components, so
  // the page answers a tap while it is built (at a quarter of a desktop's speed it was one 1.2 s task). A
  // desktop renders it at once: slicing cost its first map 100–200 ms there and it has no such long task.
  const slices = onPhoneScreen();
  void prefetchFirstView(queryClient).finally(() => {
    const root = createRoot(document.getElementById('root')!);
    const render = () =>
      root.render(
        <StrictMode>
          <QueryClientProvider client={queryClient}>
            <App />
          </QueryClientProvider>
        </StrictMode>,
      );
    if (slices) startTransition(render);
    else render();
  });
}
