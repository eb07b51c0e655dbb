import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first paint, true right after it. The first frame carries the header and the map; the filter
 * column and the summary beside it are rendered next, as a transition (React renders it in slices, so no long
 * task holds the page). Their columns have fixed widths, so filling them moves nothing.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => startTransition(() => setReady(true)))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}

/** The skip link's target: the map that has the keyboard (not MapLibre's while it is built inert), else the main area. */
export function focusMain(): void {
  const maps = document.querySelectorAll<HTMLElement>('#main [data-testid="map"], #main [data-testid="flat-map"]');
  const map = [...maps].find((m) => !m.closest('[inert]'));
  (map ?? document.getElementById('main'))?.focus();
}
