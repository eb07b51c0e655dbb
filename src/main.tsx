import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMapEarly } from '@/app/start-map-early';
import { App } from '@/app/app';
import { rememberStartUrl } from '@/state/url-state';
import '@/app/app.css';

rememberStartUrl();
const queryClient = new QueryClient();
startMapEarly(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
