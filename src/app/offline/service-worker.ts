/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { whenIdle } from '@/data/when-idle';
import { offerUpdate } from './update-state';

/** How often an open page asks whether a new deploy is out (also at every return to the network or the tab). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Registers the service worker Workbox generates at build (scripts/site/offline-plugins.ts): after one visit the
 * app, its data and every region open offline. A new deploy is downloaded in the background and then offered
 * ("Data baru tersedia · Muat ulang"); it takes over only when the reader reloads through that notice (or closes
 * every tab of the site), so nobody is moved to new data mid-task.
 */
function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  let registered: ServiceWorkerRegistration | undefined;
  const updateSW = registerSW({
    onNeedRefresh: () =>
      offerUpdate(() => {
        // Another tab may have let the new worker in already: then the page only has to reload.
        if (!registered?.waiting) return window.location.reload();
        // Reload once the new worker has taken over. Not left to the library: it reloads only a page that was
        // already looked after when it loaded, and a first visit that lives on until the next deploy must too.
        navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
        void updateSW();
      }),
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      registered = registration;
      if (!registration) return;
      const check = () => {
        if (navigator.onLine && registration.installing === null) void registration.update().catch(() => undefined);
      };
      window.setInterval(check, CHECK_EVERY_MS);
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
    },
  });
}

/**
 * The worker (and its 2 KB of workbox-window) is not part of the first view: on a slow link its registration and
 * precache would compete with the map's bytes. It starts when the browser is idle after the first coloured map
 * (the `map:first` mark), or 10 s after the page's load event for a view without a map (the table).
 */
export function startServiceWorkerAfterFirstView(): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    whenIdle(startServiceWorker, 5000);
  };
  const observer =
    typeof PerformanceObserver === 'function' ? new PerformanceObserver((list) => list.getEntries().some((e) => e.name === 'map:first') && start()) : null;
  observer?.observe({ type: 'mark', buffered: true });
  window.addEventListener('load', () => window.setTimeout(start, 10_000), { once: true });
}
