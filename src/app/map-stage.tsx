import { useEffect, useRef, useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { MapLegend } from '@/features/legend/map-legend';
import { useT } from '@/i18n/use-t';
import { FlatMap } from '@/map/flat-map';
import { MapControls } from '@/map/map-controls';
import { loadedMapView } from '@/map/load-map-view';
import { hasWebGL2 } from '@/map/webgl-support';
import { PanelBoundary } from '@/shared/panel-boundary';
import { LazyMapView } from './lazy-map-view';

/**
 * The map area. The 2D map is drawn as soon as the boundaries and awards are in, and it is the map — click,
 * hover, keyboard walk, filters, zoom — until the reader reaches for it (drags it or turns the wheel on it).
 * Only then is MapLibre (a megabyte of code, and many CPU-heavy frames where the GPU is missing) loaded; it
 * takes over once it has drawn its first complete frame, at the camera the 2D map shows. A reader who only
 * looks, or taps a region on a phone, never pays for it up front; without WebGL the 2D map stays the map.
 */
export function MapStage({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  // Once MapLibre has been loaded on this page (the reader reached for it, then went to the table and back), it
  // comes at once.
  const [wantGl, setWantGl] = useState(() => loadedMapView() !== null);
  // Probing WebGL costs tens of ms under a software renderer (a long task of its own): asked only when the
  // reader reaches for the map, which is when the answer matters (the answer is kept, so asking again is free).
  const webgl = wantGl ? hasWebGL2() : null;
  const [glReady, setGlReady] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const flatHadFocus = useRef(false);

  // The keyboard stays where the reader was: from the 2D map to MapLibre's map at the hand-over.
  useEffect(() => {
    if (glReady && flatHadFocus.current) stage.current?.querySelector<HTMLElement>('[data-testid="map"]')?.focus();
  }, [glReady]);

  return (
    <PanelBoundary>
      <div ref={stage} className="map-stage">
        {webgl === false && (
          <p className="notice map-notice" role="status">
            {t('noWebgl')}
          </p>
        )}
        {webgl && wantGl && (
          // Built behind the 2D map, out of the keyboard's and screen readers' way until it is the map.
          <div className="map-stage-gl" inert={!glReady} aria-hidden={!glReady}>
            {/* A MapLibre chunk that fails to load leaves the 2D map as the map. */}
            <PanelBoundary>
              <LazyMapView
                dataset={dataset}
                onReady={() => {
                  flatHadFocus.current = !!document.activeElement?.closest('[data-testid="flat-map"]');
                  setGlReady(true);
                }}
              />
            </PanelBoundary>
          </div>
        )}
        {!glReady && <FlatMap dataset={dataset} describe={!webgl} onReach={() => setWantGl(true)} />}
        <MapLegend dataset={dataset} />
        <MapControls />
      </div>
    </PanelBoundary>
  );
}
