import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startMapEarly } from '@/map/start-map-early';
import { App } from '@/ui/app';
import '@/ui/app.css';

const queryClient = new QueryClient();
startMapEarly(queryClient);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
