import { useQuery } from '@tanstack/react-query';
import { Map as MapLibreMap, prewarm, setWorkerUrl, type GeoJSONSource, type MapLayerMouseEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '@/domain/dataset';
import type { RegionRow } from '@/domain/select-regions';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { CategoryBadge } from '@/ui/category-badge';
import { useRegionRows } from '@/ui/use-region-rows';
import { keyboardOrder, NAV_KEYS, nextRegion, type NavKey } from './keyboard-order';
import { loadBoundaries, type Boundaries } from './load-boundaries';
import { setActiveMap } from './active-map';
import { BOUNDARIES_QUERY_KEY } from './start-map-early';
import {
  changedStates,
  HATCH_IMAGE,
  hatchPattern,
  importedFilter,
  INDONESIA_BOUNDS,
  LAYER,
  mapStyle,
  paintStates,
  polygonFor,
  PROVINCES_SOURCE,
  REGIONS_SOURCE,
  type RegionPaintState,
} from './map-style';

// MapLibre finds its worker through import.meta.url, which a Vite build does not keep.
setWorkerUrl(workerUrl);
// Start the worker (a 500 KB module to compile) as soon as this chunk runs, while React is still rendering the
// page and the boundary file is being decoded, not when the map is created; kept for a later table → map switch.
prewarm();
// Stages of the way to the first map, read by the bench (`npm run bench`) to say where the time goes.
performance.mark('map:code');

/** Room for the phone's bottom sheet, which covers the lower 40% of the map. */
function fitPadding(el: HTMLElement | null, desktop = 40) {
  const phone = window.matchMedia?.('(max-width: 640px), (max-height: 480px)').matches;
  const h = el?.clientHeight ?? 0;
  return phone ? { top: 60, left: 10, right: 10, bottom: Math.round(h * 0.4) + 10 } : desktop;
}

interface Tooltip {
  x: number;
  y: number;
  code: string;
}

/** Closest the camera goes when it fits a region: a small kota still shows its neighbours. */
const FIT_MAX_ZOOM = 9;

/** The box to fit for a selected code: its own polygon, the parent it lies inside, or a whole province. */
function fitBox(code: string | null, rows: readonly RegionRow[], b: Boundaries | undefined) {
  const target = polygonFor(code, rows) ?? (code?.length === 2 ? code : null);
  return target ? b?.bounds.get(target) : undefined;
}

/** The first idle after the regions are in the map: everything drawn (the bench and the e2e tests wait for it). */
function markReadyOnIdle(map: MapLibreMap, el: HTMLElement | null) {
  map.once('idle', () => {
    el?.setAttribute('data-map-idle', 'true');
    performance.mark('map:ready');
  });
}

/** Applied paint state per map, so each change sends MapLibre only the regions that changed. */
const appliedStates = new WeakMap<MapLibreMap, Map<string, RegionPaintState>>();

function applyPaint(map: MapLibreMap, rows: readonly RegionRow[], selected: string | null) {
  const next = paintStates(rows, polygonFor(selected, rows));
  for (const [code, s] of changedStates(next, appliedStates.get(map) ?? null)) map.setFeatureState({ source: REGIONS_SOURCE, id: code }, { ...s });
  appliedStates.set(map, next);
  // MapLibre compares the filter with the current one: unchanged imports cost nothing.
  map.setFilter(LAYER.imported, importedFilter(rows));
}

/** The only component that touches MapLibre: draws the regions, reports clicks and camera moves to the store. */
export default function MapView({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [tooltip, setTooltip] = useState<Tooltip | null>(null);
  const rows = useRegionRows(dataset);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const region = useViewStore((s) => s.region);
  /** The region the camera already shows (fitted, clicked, or given with a camera in the URL). */
  const shownRegionRef = useRef<string | null>(null);
  const boundaries = useQuery({ queryKey: BOUNDARIES_QUERY_KEY, queryFn: ({ signal }) => loadBoundaries(signal), staleTime: Infinity, retry: 1 });

  const [styleReady, setStyleReady] = useState(false);
  const boundariesRef = useRef(boundaries.data);
  boundariesRef.current = boundaries.data;
  /** Whether the map's sources hold the boundaries (usually from its creation: the file is smaller than MapLibre). */
  const dataInMap = useRef(false);

  // Create the map at once, with the boundaries in its style when they are in: MapLibre hands them to its worker
  // in the next frame. Otherwise it starts its style while the boundary file is still on its way.
  useEffect(() => {
    if (!container.current) return;
    const { camera, region: initialRegion } = useViewStore.getState();
    const b = boundariesRef.current;
    dataInMap.current = Boolean(b);
    // Where the camera starts: the URL's camera (below), else the region in the URL, else all of Indonesia.
    const start = camera ? undefined : fitBox(initialRegion, rowsRef.current, b);
    if (b) performance.mark('map:data');
    const map = new MapLibreMap({
      container: container.current,
      style: mapStyle(b),
      // The style is built by code and checked against the style spec in the unit tests; validating it here would
      // walk the boundary data on the way to the first map.
      validateStyle: false,
      bounds: start ?? INDONESIA_BOUNDS,
      fitBoundsOptions: start ? { padding: fitPadding(container.current), maxZoom: FIT_MAX_ZOOM } : { padding: fitPadding(container.current, 10) },
      attributionControl: false,
      // Arrow keys walk regions instead of panning (see onKeyDown); + and - still zoom.
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 12,
      minZoom: 2,
    });
    map.touchZoomRotate.disableRotation();
    // One tab stop for the map: the container, not also MapLibre's canvas.
    map.getCanvas().tabIndex = -1;
    mapRef.current = map;
    (window as unknown as { __petaUhcMap?: MapLibreMap }).__petaUhcMap = map;
    setActiveMap(map);
    if (camera) map.jumpTo({ zoom: camera.zoom, center: [camera.lng, camera.lat] });
    shownRegionRef.current = initialRegion;
    // The style is in (sources and layers exist) before any tile is laid out: the hatch image and the colours are
    // there for the first drawn frame.
    map.once('style.load', () => {
      map.addImage(HATCH_IMAGE, hatchPattern());
      applyPaint(map, rowsRef.current, useViewStore.getState().region);
      if (b) {
        markReadyOnIdle(map, container.current);
        setLoaded(true);
      } else setStyleReady(true);
    });
    let hovered: string | null = null;
    map.on('mousemove', LAYER.fill, (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const code = f?.properties?.code as string | undefined;
      if (!code) return;
      if (hovered !== code) {
        if (hovered) map.setFeatureState({ source: REGIONS_SOURCE, id: hovered }, { hover: false });
        map.setFeatureState({ source: REGIONS_SOURCE, id: code }, { hover: true });
        hovered = code;
      }
      map.getCanvas().style.cursor = 'pointer';
      setTooltip({ x: e.point.x, y: e.point.y, code });
    });
    map.on('mouseleave', LAYER.fill, () => {
      if (hovered) map.setFeatureState({ source: REGIONS_SOURCE, id: hovered }, { hover: false });
      hovered = null;
      map.getCanvas().style.cursor = '';
      setTooltip(null);
    });
    map.on('click', LAYER.fill, (e: MapLayerMouseEvent) => {
      const code = e.features?.[0]?.properties?.code as string | undefined;
      if (!code) return;
      shownRegionRef.current = code;
      useViewStore.getState().selectRegion(code);
    });
    map.on('moveend', (e) => {
      // Only moves the user made are part of the view; programmatic fits follow from the selection.
      if (!(e as { originalEvent?: unknown }).originalEvent) return;
      const c = map.getCenter();
      useViewStore.getState().setCamera({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    });
    return () => {
      setActiveMap(null);
      map.remove();
      mapRef.current = null;
      setStyleReady(false);
      setLoaded(false);
      dataInMap.current = false;
    };
  }, []);

  // Boundaries that arrive after the map was created fill its (empty) sources.
  useEffect(() => {
    const map = mapRef.current;
    const b = boundaries.data;
    if (!map || !styleReady || !b || dataInMap.current) return;
    dataInMap.current = true;
    const { camera, region: initialRegion } = useViewStore.getState();
    const start = camera ? undefined : fitBox(initialRegion, rowsRef.current, b);
    if (start) map.fitBounds(start, { padding: fitPadding(container.current), maxZoom: FIT_MAX_ZOOM, duration: 0 });
    performance.mark('map:data');
    (map.getSource(REGIONS_SOURCE) as GeoJSONSource).setData(b.regions);
    (map.getSource(PROVINCES_SOURCE) as GeoJSONSource).setData(b.provinces);
    markReadyOnIdle(map, container.current);
    setLoaded(true);
  }, [styleReady, boundaries.data]);

  // Re-colour on every edition/filter/selection change.
  useEffect(() => {
    if (loaded && mapRef.current) applyPaint(mapRef.current, rows, region);
  }, [loaded, rows, region]);

  // A selection from search, table or URL moves the camera to the region; a click on the map does not.
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !region) return;
    if (shownRegionRef.current === region) return;
    shownRegionRef.current = region;
    const bb = fitBox(region, rowsRef.current, boundaries.data);
    if (bb) map.fitBounds(bb, { padding: fitPadding(container.current), maxZoom: FIT_MAX_ZOOM, duration: 400 });
  }, [loaded, region, boundaries.data]);

  // Back/Forward or a pasted URL with map= moves the camera.
  const camera = useViewStore((s) => s.camera);
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !camera) return;
    const c = map.getCenter();
    if (Math.abs(map.getZoom() - camera.zoom) > 0.01 || Math.abs(c.lat - camera.lat) > 1e-4 || Math.abs(c.lng - camera.lng) > 1e-4) {
      map.jumpTo({ zoom: camera.zoom, center: [camera.lng, camera.lat] });
    }
  }, [loaded, camera]);

  // Keyboard: arrows move a focus ring region to region, Enter opens it.
  const [kbFocus, setKbFocus] = useState<string | null>(null);
  const centers = useMemo(() => {
    const m = new Map<string, [number, number]>();
    boundaries.data?.bounds.forEach((b, code) => m.set(code, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]));
    return m;
  }, [boundaries.data]);
  const order = useMemo(() => keyboardOrder(rows, centers), [rows, centers]);
  useEffect(() => {
    const map = mapRef.current;
    if (!loaded || !map || !kbFocus) return;
    map.setFeatureState({ source: REGIONS_SOURCE, id: kbFocus }, { kb: true });
    return () => {
      if (mapRef.current?.getSource(REGIONS_SOURCE)) mapRef.current.setFeatureState({ source: REGIONS_SOURCE, id: kbFocus }, { kb: false });
    };
  }, [loaded, kbFocus]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const map = mapRef.current;
    if (!map || !loaded) return;
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const next = nextRegion(order, kbFocus && order.includes(kbFocus) ? kbFocus : null, e.key as NavKey);
      if (!next) return;
      setKbFocus(next);
      const c = centers.get(next);
      if (c && !map.getBounds().contains(c)) map.easeTo({ center: c, duration: 300 });
    } else if ((e.key === 'Enter' || e.key === ' ') && kbFocus) {
      e.preventDefault();
      useViewStore.getState().selectRegion(kbFocus);
    } else if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      map.zoomIn();
    } else if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      map.zoomOut();
    }
  };
  const kbRow = kbFocus ? rows.find((r) => r.region.code === kbFocus) : undefined;
  const kbPoint = kbFocus && loaded && mapRef.current && centers.get(kbFocus) ? mapRef.current.project(centers.get(kbFocus)!) : null;

  const tipRow = tooltip ? rows.find((r) => r.region.code === tooltip.code) : undefined;
  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map"
        role="application"
        aria-roledescription={t('mapRole')}
        aria-label={t('mapLabel')}
        aria-describedby="map-summary map-keys"
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => setKbFocus(null)}
        data-testid="map"
      />
      <p id="map-keys" className="sr-only">
        {t('mapKeys')}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="map-announce">
        {kbRow ? `${kbRow.region.name}, ${dataset.byCode.get(kbRow.region.provinceCode)?.name ?? ''}: ${t(kbRow.status)}. ${t('mapEnterHint')}` : ''}
      </p>
      {kbRow && kbPoint && (
        <div className="map-tooltip" style={{ left: kbPoint.x + 12, top: kbPoint.y + 12 }} aria-hidden="true">
          <strong>{kbRow.region.name}</strong>
          <div className="muted">{dataset.byCode.get(kbRow.region.provinceCode)?.name}</div>
          <CategoryBadge status={kbRow.status} />
          <div className="muted small">{t('mapEnterHint')}</div>
        </div>
      )}
      {boundaries.isPending && <div className="map-overlay" role="status">{t('loading')}</div>}
      {boundaries.isError && (
        <div className="map-overlay" role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" onClick={() => void boundaries.refetch()}>
            {t('retry')}
          </button>
        </div>
      )}
      {tooltip && tipRow && (
        <div className="map-tooltip" style={{ left: tooltip.x + 12, top: tooltip.y + 12 }} role="tooltip">
          <strong>{tipRow.region.name}</strong>
          <div className="muted">{dataset.byCode.get(tipRow.region.provinceCode)?.name}</div>
          <CategoryBadge status={tipRow.status} />
          <div className="muted small">{t('tooltipHint')}</div>
        </div>
      )}
    </div>
  );
}
