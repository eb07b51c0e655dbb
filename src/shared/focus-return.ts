/**
 * Where focus goes back to when the region panel closes: the control that opened it (a table row,
 * a search result, the map). Kept outside React state because it must survive the panel's unmount.
 */
let returnTo: HTMLElement | null = null;

export function rememberFocusOrigin(panel: HTMLElement | null): void {
  const active = document.activeElement as HTMLElement | null;
  if (active && active !== document.body && !panel?.contains(active)) returnTo = active;
}

function restoreFocus(fallback?: () => HTMLElement | null): void {
  const target = returnTo && returnTo.isConnected ? returnTo : (fallback?.() ?? null);
  returnTo = null;
  // After React has removed the panel.
  requestAnimationFrame(() => target?.focus());
}

/** Closes the panel and sends focus back where it came from (the map when that is gone). */
export function closeRegionPanel(selectRegion: (code: string | null) => void): void {
  selectRegion(null);
  restoreFocus(() => document.querySelector<HTMLElement>('[data-testid="map"]') ?? document.querySelector<HTMLElement>('#region-search'));
}
