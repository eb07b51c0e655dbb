import type { ComponentType } from 'react';
import type { Dataset } from '@/domain/dataset';

export type MapViewComponent = ComponentType<{ dataset: Dataset; onReady?: () => void }>;

let loaded: MapViewComponent | null = null;

/** The MapLibre chunk, fetched once, by whichever asks first: the early start or the dashboard. */
export function loadMapView(): Promise<MapViewComponent> {
  return import('./map-view').then((m) => (loaded = m.default));
}

/** The map component if its chunk is already in, so the dashboard can draw it in its first render. */
export function loadedMapView(): MapViewComponent | null {
  return loaded;
}
