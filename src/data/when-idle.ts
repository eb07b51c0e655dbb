/**
 * Runs `f` when the main thread is idle, or after `timeoutMs` at the latest if given; where the browser has no idle
 * callback (Safari), after a short timer. What waits here is work the first view does not need (the panels'
 * file, number formatters, the service worker, MapLibre's prefetch), kept out of the way of its long tasks.
 * Returns a cancel.
 */
export function whenIdle(f: () => void, timeoutMs?: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => f(), timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(f, 200);
  return () => clearTimeout(id);
}
