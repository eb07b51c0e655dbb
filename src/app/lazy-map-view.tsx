import { useEffect, useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { loadedMapView, loadMapView, type MapViewComponent } from '@/map/load-map-view';

/**
 * MapLibre is a large chunk of its own, so the summary is readable before it arrives. Not React.lazy:
 * React 19 holds back revealing a suspended boundary for up to 300 ms after its fallback showed, and on a
 * fast link that was a third of the time to a drawn map. A failed download is rethrown to the panel
 * boundary around it.
 */
export function LazyMapView({ dataset, onReady }: { dataset: Dataset; onReady?: () => void }) {
  const [MapView, setMapView] = useState<MapViewComponent | null>(loadedMapView);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (MapView) return;
    let live = true;
    loadMapView().then(
      (c) => live && setMapView(() => c),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [MapView]);
  if (error) throw error;
  // Until the chunk is in, the 2D map beside this (MapStage) is what the reader sees.
  if (!MapView) return null;
  return <MapView dataset={dataset} onReady={onReady} />;
}
