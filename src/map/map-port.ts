import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { MapPort } from './map-controller';
import { PROVINCES_SOURCE, REGIONS_SOURCE } from './map-style';

/** The real map behind the controller's small port. */
export function mapPort(map: MapLibreMap): MapPort {
  return {
    setFeatureState: (target, state) => map.setFeatureState(target, state),
    setFilter: (layer, filter) => map.setFilter(layer, filter),
    setVisibility: (layer, visible) => map.setLayoutProperty(layer, 'visibility', visible ? 'visible' : 'none'),
    setSourceData: (source, data) => (map.getSource(source) as GeoJSONSource).setData(data),
    fitBounds: (bounds, options) => map.fitBounds(bounds, options),
    jumpTo: (camera) => map.jumpTo(camera),
    easeTo: (options) => map.easeTo(options),
    getZoom: () => map.getZoom(),
    getCenter: () => map.getCenter(),
    getSize: () => ({ width: map.getContainer().clientWidth, height: map.getContainer().clientHeight }),
  };
}

/**
 * Whether MapLibre's worker has failed to read the boundary file for the regions or the provinces (a source
 * error on the map): asked before the map takes over from the 2D map, which keeps the map then.
 */
export function watchBoundaryReads(map: { on(type: 'error', listener: (e: object) => void): unknown }): () => boolean {
  let failed = false;
  map.on('error', (e) => {
    const id = (e as { sourceId?: string }).sourceId;
    if (id === REGIONS_SOURCE || id === PROVINCES_SOURCE) failed = true;
  });
  return () => failed;
}
