import { useSyncExternalStore } from 'react';

/**
 * Whether a newer deploy is downloaded and waiting (the service worker's side lives in service-worker.ts, kept
 * out of the components so their tests need no service worker). The reader decides when it replaces the page:
 * nothing reloads by itself mid-task.
 */
let apply: (() => void) | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(applyIt: () => void): void {
  apply = applyIt;
  listeners.forEach((l) => l());
}

export function applyUpdate(): void {
  apply?.();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useUpdateReady(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => apply !== null,
    () => false,
  );
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The browser's word on the network: false when the device has none (not when a server is slow). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
