import { useQuery } from '@tanstack/react-query';
import { Map as MapLibreMap, prewarm, setWorkerUrl, type MapLayerMouseEvent } from 'maplibre-gl';
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
  baseStyle,
  changedStates,
  HATCH_IMAGE,
  hatchPattern,
  IMPORTED_OUTLINE,
  importedFilter,
  INDONESIA_BOUNDS,
  LAYER,
  paintStates,
  polygonFor,
  PROVINCES_SOURCE,
  REGION_PAINT,
  REGIONS_SOURCE,
  type RegionPaintState,
} from './map-style';

// MapLibre finds its worker through import.meta.url, which a Vite build does not keep.
setWorkerUrl(workerUrl);
// Start the worker (a 500 KB module to compile) as soon as this chunk runs, while React is still rendering the
// page and the boundary file is being decoded, not when the map is created; kept for a later table → map switch.
prewarm();

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

function addLayers(map: MapLibreMap, b: Boundaries) {
  map.addSource(REGIONS_SOURCE, { type: 'geojson', data: b.regions, promoteId: 'code' });
  map.addSource(PROVINCES_SOURCE, { type: 'geojson', data: b.provinces });
  map.addImage(HATCH_IMAGE, hatchPattern());
  // No fill antialiasing: the border layer already outlines every polygon, and it would cost a program and a pass.
  map.addLayer({ id: LAYER.fill, type: 'fill', source: REGIONS_SOURCE, paint: { 'fill-color': REGION_PAINT.fillColor, 'fill-opacity': REGION_PAINT.fillOpacity, 'fill-antialias': false } });
  map.addLayer({ id: LAYER.hatch, type: 'fill', source: REGIONS_SOURCE, paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': REGION_PAINT.hatchOpacity, 'fill-antialias': false } });
  map.addLayer({ id: LAYER.border, type: 'line', source: REGIONS_SOURCE, paint: { 'line-color': '#ffffff', 'line-width': 0.4 } });
  map.addLayer({ id: LAYER.provinces, type: 'line', source: PROVINCES_SOURCE, paint: { 'line-color': '#3a3a3a', 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 8, 1.6] } });
  map.addLayer({
    id: LAYER.imported,
    type: 'line',
    source: REGIONS_SOURCE,
    filter: ['in', ['get', 'code'], ['literal', []]],
    paint: { 'line-color': IMPORTED_OUTLINE, 'line-width': 2, 'line-dasharray': [2, 1], 'line-opacity': REGION_PAINT.importedOpacity },
  });
  map.addLayer({ id: LAYER.outline, type: 'line', source: REGIONS_SOURCE, paint: { 'line-color': REGION_PAINT.outlineColor, 'line-width': REGION_PAINT.outlineWidth } });
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

  // Create the map at once: MapLibre starts its workers and style while the boundary file is still on its way.
  useEffect(() => {
    if (!container.current) return;
    const { camera } = useViewStore.getState();
    const map = new MapLibreMap({
      container: container.current,
      style: baseStyle(),
      bounds: INDONESIA_BOUNDS,
      fitBoundsOptions: { padding: fitPadding(container.current, 10) },
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
    let hovered: string | null = null;
    map.on('load', () => setStyleReady(true));
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
    };
  }, []);

  // Draw the regions once both the style and the boundaries are in.
  useEffect(() => {
    const map = mapRef.current;
    const b = boundaries.data;
    if (!map || !styleReady || !b || map.getSource(REGIONS_SOURCE)) return;
    const { camera, region: initialRegion } = useViewStore.getState();
    shownRegionRef.current = initialRegion;
    if (!camera) {
      const target = polygonFor(initialRegion, rowsRef.current) ?? (initialRegion && initialRegion.length === 2 ? initialRegion : null);
      const bb = target ? b.bounds.get(target) : undefined;
      if (bb && container.current) map.fitBounds(bb, { padding: fitPadding(container.current), maxZoom: 9, duration: 0 });
    }
    addLayers(map, b);
    applyPaint(map, rowsRef.current, useViewStore.getState().region);
    setLoaded(true);
    map.once('idle', () => {
      container.current?.setAttribute('data-map-idle', 'true');
      performance.mark('map:ready');
    });
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
    const target = polygonFor(region, rowsRef.current) ?? (region.length === 2 ? region : null);
    const bb = target ? boundaries.data?.bounds.get(target) : undefined;
    if (bb) map.fitBounds(bb, { padding: fitPadding(container.current), maxZoom: 9, duration: 400 });
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
