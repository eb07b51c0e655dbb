import type { ComponentType } from 'react';
import type { Dataset } from '@/domain/dataset';
import { lazyChunk } from '@/shared/lazy-chunk';

export type MapViewComponent = ComponentType<{ dataset: Dataset; onReady?: () => void }>;

/** The MapLibre chunk, fetched once, by whichever asks first: the early start or the dashboard. */
export const mapViewChunk = lazyChunk(() => import('./map-view'));

/** The map component if its chunk is already in, so the dashboard can draw it in its first render. */
export function loadedMapView(): MapViewComponent | null {
  return mapViewChunk.loaded()?.default ?? null;
}
