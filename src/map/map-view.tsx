import { useQuery } from '@tanstack/react-query';
import { Map as MapLibreMap, prewarm, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from './map-worker?worker&url';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '@/domain/dataset';
import type { Camera } from '@/state/view-state';
import { boundariesQuery } from '@/data/load-boundaries';
import { useT } from '@/i18n/use-t';
import { useRegionRows } from '@/shared/use-region-rows';
import { useViewStore } from '@/state/store';
import { setActiveMap } from './active-map';
import { boundarySources } from './boundary-source';
import { fitPadding, mapCovers } from './fit-padding';
import { FIT_MAX_ZOOM, MAP_MAX_ZOOM, MAP_MIN_ZOOM, MapController, startCamera } from './map-controller';
import { isBoundaryReadError, mapPort } from './map-port';
import { MapLabels, MapLoadError } from './map-labels';
import { MapOrientation } from './map-orientation';
import { zoomedBy, zoomKeyStep } from './zoom-step';
import { useRegionWalk } from './use-region-walk';
import { HATCH_IMAGE, hatchPattern, LAYER, mapStyle } from './map-style';

// MapLibre finds its worker through import.meta.url, which a Vite build does not keep; and ours decodes the
// boundary file itself (map-worker.ts).
setWorkerUrl(workerUrl);
// Start the worker (a 500 KB module to compile) as soon as this chunk runs, while React is still rendering the
// page and the boundary file is being decoded, not when the map is created; kept for a later table → map switch.
prewarm();
// Stages of the way to the first map, read by the bench (`npm run bench`) to say where the time goes.
performance.mark('map:code');

interface Tooltip {
  x: number;
  y: number;
  code: string;
}

/**
 * The first idle after the regions are in the map: everything drawn (the bench and the e2e tests wait for it).
 * Not if the worker could not read the boundary file: then the 2D map, which has it, stays the map.
 */
function markReadyOnIdle(map: MapLibreMap, el: HTMLElement | null, failed: { current: boolean }, onReady?: () => void) {
  map.once('idle', () => {
    if (failed.current) return;
    el?.setAttribute('data-map-idle', 'true');
    performance.mark('map:ready');
    onReady?.();
  });
}

/** [lng, lat] to the map's pixels, as the names over the map need them. */
const projectOn =
  (map: MapLibreMap) =>
  (lng: number, lat: number): [number, number] => {
    const p = map.project([lng, lat]);
    return [p.x, p.y];
  };

/** The only component that touches MapLibre: draws the regions, reports clicks and camera moves to the store. */
export default function MapView({ dataset, onReady }: { dataset: Dataset; onReady?: () => void }) {
  /** Told once MapLibre has drawn its first complete frame with the regions: the 2D map then steps aside. */
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  /** The map's one owner: created and removed by the effect below; PNG export reads it through active-map. */
  const mapRef = useRef<MapLibreMap | null>(null);
  const controllerRef = useRef<MapController | null>(null);
  /** Whether MapLibre's worker failed to read the boundary file: the map then never takes over. */
  const boundariesFailed = useRef(false);
  const [loaded, setLoaded] = useState(false);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  /** The camera as drawn, every frame it moves (fits included): the names and the inset follow it. */
  const [view, setView] = useState<{ camera: Camera; size: { width: number; height: number } } | null>(null);
  const rows = useRegionRows(dataset);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const region = useViewStore((s) => s.region);
  const camera = useViewStore((s) => s.camera);
  const level = useViewStore((s) => s.level);
  const mapLabel = t(level === 'provinsi' ? 'mapLabelProvinces' : 'mapLabel');
  const boundaries = useQuery(boundariesQuery);
  const [styleReady, setStyleReady] = useState(false);
  const boundariesRef = useRef(boundaries.data);
  boundariesRef.current = boundaries.data;

  // Create the map at once, with the boundaries in its style when they are in: MapLibre hands them to its worker
  // in the next frame. Otherwise it starts its style while the boundary file is still on its way.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const view = useViewStore.getState();
    const b = boundariesRef.current;
    const start = startCamera(view, rowsRef.current, b);
    if (b) performance.mark('map:data');
    const map = new MapLibreMap({
      container: el,
      style: mapStyle(b && boundarySources(b), view.level),
      // The style is built by code and checked against the style spec in the unit tests; validating it here would
      // walk the boundary data on the way to the first map.
      validateStyle: false,
      ...(start.kind === 'fit'
        ? {
            bounds: start.bounds,
            fitBoundsOptions: start.region ? { padding: fitPadding(el, 40, Boolean(view.region)), maxZoom: FIT_MAX_ZOOM } : { padding: fitPadding(el, 10) },
          }
        : {}),
      ...(start.kind === 'camera' ? { zoom: start.camera.zoom, center: [start.camera.lng, start.camera.lat] as [number, number] } : {}),
      attributionControl: false,
      // Arrow keys walk regions instead of panning (see onKeyDown); + and - still zoom.
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: MAP_MAX_ZOOM,
      minZoom: MAP_MIN_ZOOM,
    });
    map.touchZoomRotate.disableRotation();
    boundariesFailed.current = false;
    map.on('error', (e) => {
      if (isBoundaryReadError(e)) boundariesFailed.current = true;
    });
    // One tab stop for the map: the container, not also MapLibre's canvas.
    map.getCanvas().tabIndex = -1;
    const controller = new MapController(
      mapPort(map),
      (desktop, region) => fitPadding(el, desktop, region),
      { region: view.region, hasData: Boolean(b), level: view.level, provinces: view.provinces, camera: view.camera },
      () => mapCovers(el),
    );
    mapRef.current = map;
    controllerRef.current = controller;
    setActiveMap(map);
    // The style is in (sources and layers exist) before any tile is laid out: the hatch image and the colours are
    // there for the first drawn frame.
    map.once('style.load', () => {
      map.addImage(HATCH_IMAGE, hatchPattern());
      controller.paint(rowsRef.current, useViewStore.getState().region);
      if (b) {
        markReadyOnIdle(map, el, boundariesFailed, () => onReadyRef.current?.());
        setLoaded(true);
      } else setStyleReady(true);
    });
    // Regions carry their code in `code`, provinces in `prov`; a hidden level's layer gets no events.
    const codeOf = (e: MapLayerMouseEvent) => (e.features?.[0]?.properties?.code ?? e.features?.[0]?.properties?.prov) as string | undefined;
    for (const layer of [LAYER.fill, LAYER.provinceFill]) {
      map.on('mousemove', layer, (e: MapLayerMouseEvent) => {
        const code = codeOf(e);
        if (!code) return;
        controller.hover(code);
        map.getCanvas().style.cursor = 'pointer';
        setTooltip({ x: e.point.x, y: e.point.y, code });
      });
      map.on('mouseleave', layer, () => {
        controller.hover(null);
        map.getCanvas().style.cursor = '';
        setTooltip(null);
      });
      map.on('click', layer, (e: MapLayerMouseEvent) => {
        const code = codeOf(e);
        if (!code) return;
        // A tap also sends a mousemove; the tooltip it opened would stay, as no mouseleave follows on a touch screen.
        controller.hover(null);
        setTooltip(null);
        // The region opens in the view it was clicked in: that camera goes into the store (and the address).
        const c = map.getCenter();
        useViewStore.getState().selectRegion(code, { zoom: map.getZoom(), lat: c.lat, lng: c.lng });
      });
    }
    let frame = 0;
    const readView = () => {
      frame = 0;
      const c = map.getCenter();
      setView({ camera: { zoom: map.getZoom(), lat: c.lat, lng: c.lng }, size: { width: el.clientWidth, height: el.clientHeight } });
    };
    map.on('move', () => void (frame ||= requestAnimationFrame(readView)));
    map.on('resize', readView);
    map.once('load', readView);
    map.on('moveend', (e) => {
      // Only moves the user made are part of the view; programmatic fits follow from the selection.
      if (!(e as { originalEvent?: unknown }).originalEvent) return;
      const c = map.getCenter();
      useViewStore.getState().setCamera({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    });
    return () => {
      cancelAnimationFrame(frame);
      setActiveMap(null);
      map.remove();
      mapRef.current = null;
      controllerRef.current = null;
      setStyleReady(false);
      setLoaded(false);
    };
  }, []);

  // MapLibre labels its canvas "Map" in English; say it in the reader's language.
  useEffect(() => {
    mapRef.current?.getCanvas().setAttribute('aria-label', mapLabel);
  }, [mapLabel, loaded]);

  // Boundaries that arrive after the map was created fill its (empty) sources.
  useEffect(() => {
    const map = mapRef.current;
    const controller = controllerRef.current;
    const b = boundaries.data;
    if (!map || !controller || !styleReady || !b || controller.hasData) return;
    performance.mark('map:data');
    controller.fillBoundaries(b, useViewStore.getState(), rowsRef.current);
    markReadyOnIdle(map, container.current, boundariesFailed, () => onReadyRef.current?.());
    setLoaded(true);
  }, [styleReady, boundaries.data]);

  // Re-colour on every level/edition/filter/selection change (the level first: it picks the source to colour).
  useEffect(() => {
    if (!loaded) return;
    controllerRef.current?.setLevel(level);
    controllerRef.current?.paint(rows, region);
  }, [loaded, level, rows, region]);

  // A selection from search, table or URL moves the camera to the region; a click on the map does not.
  useEffect(() => {
    if (loaded) controllerRef.current?.showRegion(region, rowsRef.current, boundaries.data, useViewStore.getState().camera);
  }, [loaded, region, boundaries.data]);

  // The map follows the province filter (unless the user has a camera of their own).
  const provinces = useViewStore((s) => s.provinces);
  useEffect(() => {
    if (loaded) controllerRef.current?.followProvinces(provinces, useViewStore.getState().camera, boundaries.data);
  }, [loaded, provinces, boundaries.data]);

  // Back/Forward or a pasted URL with map= moves the camera.
  useEffect(() => {
    if (loaded) controllerRef.current?.followCamera(camera, rowsRef.current, boundaries.data);
  }, [loaded, camera, boundaries.data]);

  // Keyboard: arrows move a focus ring region to region (the camera keeping it in view), Enter opens it.
  const walk = useRegionWalk(rows, boundaries.data, (code, box) => controllerRef.current?.focus(code, box));
  const kbFocus = walk.focus;
  const centers = walk.centers;
  useEffect(() => {
    if (loaded) controllerRef.current?.focus(kbFocus);
  }, [loaded, kbFocus]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const map = mapRef.current;
    if (!map || !loaded || walk.onKey(e)) return;
    const step = zoomKeyStep(e.key);
    if (!step) return;
    e.preventDefault();
    // Through the store, as the 2D map zooms: the address carries the camera the keys made. With a region
    // highlighted, about that region, so it stays where the reader is looking.
    const c = map.getCenter();
    const now = { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
    const center = kbFocus ? centers.get(kbFocus) : undefined;
    const el = map.getContainer();
    useViewStore.getState().setCamera(zoomedBy(now, step, center && { size: { width: el.clientWidth, height: el.clientHeight }, center }));
  };
  const kbRow = walk.row;
  const kbPoint = kbFocus && loaded && mapRef.current && centers.get(kbFocus) ? mapRef.current.project(centers.get(kbFocus)!) : null;

  const tipRow = tooltip ? rows.find((r) => r.region.code === tooltip.code) : undefined;
  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map"
        role="application"
        aria-roledescription={t('mapRole')}
        aria-label={mapLabel}
        aria-describedby="map-summary map-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => walk.setFocus(null)}
        onFocus={(e) => walk.resume(e.currentTarget)}
        data-testid="map"
      />
      {/* Drawn over the canvas (which paints over an outline of its own container) while the map has the keyboard. */}
      <div className="map-focus-ring" aria-hidden="true" />
      {loaded && (
        <MapOrientation
          dataset={dataset}
          b={boundaries.data}
          level={level}
          camera={view?.camera ?? null}
          size={view?.size ?? { width: 0, height: 0 }}
          project={view && mapRef.current ? projectOn(mapRef.current) : null}
          selected={region}
          pointed={tooltip?.code ?? kbFocus}
          tipAt={tooltip ?? kbPoint}
        />
      )}
      <MapLabels dataset={dataset} focusRow={kbRow} focusAt={kbPoint} hoverRow={tipRow} hoverAt={tooltip} />
      {boundaries.isPending && (
        <div className="map-overlay" role="status">
          {t('loading')}
        </div>
      )}
      {boundaries.isError && <MapLoadError onRetry={() => void boundaries.refetch()} />}
    </div>
  );
}
