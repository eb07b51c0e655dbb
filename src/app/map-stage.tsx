import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { boundariesQuery } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import { MapLegend } from '@/features/legend/map-legend';
import { FlatMap } from '@/map/flat-map';
import { loadedMapView } from '@/map/load-map-view';
import { PanelBoundary } from '@/shared/panel-boundary';
import { LazyMapView } from './lazy-map-view';

/**
 * The map area: the 2D map is drawn as soon as the boundaries and awards are in, MapLibre loads behind it
 * and takes over once it has drawn its first complete frame (same camera, same colours). Without WebGL the
 * 2D map is the map.
 */
export function MapStage({ dataset, webgl }: { dataset: Dataset; webgl: boolean }) {
  // MapLibre's chunk is requested once the 2D map is on screen (or at once when it is already in). When the
  // boundary file fails, MapLibre's map comes anyway: it carries the message and the retry.
  const [wantGl, setWantGl] = useState(() => loadedMapView() !== null);
  const boundariesFailed = useQuery({ ...boundariesQuery, enabled: false }).isError;
  // Once asked for, MapLibre's map stays (a retry of the boundary file must not unmount it).
  if (boundariesFailed && !wantGl) setWantGl(true);
  const [glReady, setGlReady] = useState(false);
  return (
    <PanelBoundary>
      {webgl && wantGl && <LazyMapView dataset={dataset} onReady={() => setGlReady(true)} />}
      {!glReady && <FlatMap dataset={dataset} full={!webgl} onDrawn={() => setWantGl(true)} />}
      <MapLegend dataset={dataset} />
    </PanelBoundary>
  );
}
