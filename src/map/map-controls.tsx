import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { mapOnScreen } from './active-map';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM } from './map-controller';
import { zoomedBy } from './zoom-step';

/**
 * + and − and "Seluruh Indonesia" over the map, for whichever renderer is on screen: each writes the store
 * (the camera, or the view let go back to the country), and the map follows the store — so the address
 * always names what the map shows.
 */
export function MapControls() {
  const { t } = useT();
  const zoom = useViewStore((s) => s.camera?.zoom);
  // Already the whole country: a phone hides the button (its screen is for the map), a wider map keeps it.
  const home = useViewStore((s) => !s.camera && !s.region && s.provinces.length === 0);
  const zoomBy = (step: number) => {
    const camera = mapOnScreen()?.camera();
    if (camera) useViewStore.getState().setCamera(zoomedBy(camera, step));
  };
  return (
    <div className="map-controls" role="group" aria-label={t('mapControls')} data-testid="map-controls">
      <button
        type="button"
        className="map-zoom"
        aria-label={t('mapZoomIn')}
        title={t('mapZoomIn')}
        disabled={zoom !== undefined && zoom >= MAP_MAX_ZOOM}
        onClick={() => zoomBy(1)}
      >
        +
      </button>
      <button
        type="button"
        className="map-zoom"
        aria-label={t('mapZoomOut')}
        title={t('mapZoomOut')}
        disabled={zoom !== undefined && zoom <= MAP_MIN_ZOOM}
        onClick={() => zoomBy(-1)}
      >
        −
      </button>
      <button type="button" className="map-home" data-home={home} onClick={() => useViewStore.getState().showCountry()} data-testid="map-home">
        {t('allIndonesia')}
      </button>
    </div>
  );
}
