import type { Dataset } from '@/domain/dataset';
import { mapViewChunk } from '@/map/load-map-view';

/**
 * MapLibre is a large chunk of its own, so the summary is readable before it arrives. Not React.lazy:
 * React 19 holds back revealing a suspended boundary for up to 300 ms after its fallback showed, and on a
 * fast link that was a third of the time to a drawn map. A failed download is rethrown to the panel
 * boundary around it.
 */
export function LazyMapView({ dataset, onReady }: { dataset: Dataset; onReady?: () => void }) {
  const chunk = mapViewChunk.useChunk(true);
  if (chunk.failed) throw chunk.error;
  // Until the chunk is in, the 2D map beside this (MapStage) is what the reader sees.
  if (!chunk.module) return null;
  const MapView = chunk.module.default;
  return <MapView dataset={dataset} onReady={onReady} />;
}
