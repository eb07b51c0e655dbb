import type { Map as MapLibreMap } from 'maplibre-gl';

// The map on screen, for actions outside the map component (PNG export). Types only: no maplibre code here.
let active: MapLibreMap | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  active = map;
}

export function activeMap(): MapLibreMap | null {
  return active;
}
