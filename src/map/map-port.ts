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
 * A map error that is MapLibre's worker failing to read the boundary file for the regions or the provinces: the
 * map then never takes over from the 2D map, which keeps the map.
 */
export function isBoundaryReadError(e: object): boolean {
  const id = (e as { sourceId?: string }).sourceId;
  return id === REGIONS_SOURCE || id === PROVINCES_SOURCE;
}
