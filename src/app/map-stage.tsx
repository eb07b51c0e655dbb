import { useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { MapLegend } from '@/features/legend/map-legend';
import { FlatMap } from '@/map/flat-map';
import { PanelBoundary } from '@/shared/panel-boundary';
import { LazyMapView } from './lazy-map-view';

/**
 * The map area: the 2D map is drawn as soon as the boundaries and awards are in, MapLibre loads behind it
 * and takes over once it has drawn its first complete frame (same camera, same colours). Without WebGL the
 * 2D map is the map.
 */
export function MapStage({ dataset, webgl }: { dataset: Dataset; webgl: boolean }) {
  const [glReady, setGlReady] = useState(false);
  return (
    <PanelBoundary>
      {webgl && <LazyMapView dataset={dataset} onReady={() => setGlReady(true)} />}
      {!glReady && <FlatMap dataset={dataset} full={!webgl} />}
      <MapLegend dataset={dataset} />
    </PanelBoundary>
  );
}
