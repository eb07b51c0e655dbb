import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A read-only handle on the map on screen, for actions outside the map component (PNG export) and for the
 * browser tests and the bench (`window.__petaUhcMap`). MapView creates and removes the map; nothing else
 * does. Types only: no maplibre code here.
 */
let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
  (window as unknown as { __petaUhcMap?: MapLibreMap | null }).__petaUhcMap = map;
}

export function activeMap(): MapLibreMap | null {
  return active;
}
