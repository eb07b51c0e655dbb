import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { boundariesQuery } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { CATEGORY_COLORS, FILL_OPACITY, FOCUS_OUTLINE, HATCH_RGBA, paintStates, polygonFor, SELECTED_OUTLINE } from '@/shared/region-paint';
import { useRegionRows } from '@/shared/use-region-rows';
import { useViewStore } from '@/state/store';
import type { Camera } from '@/state/view-state';
import { fitPadding } from './fit-padding';
import { FIT_MAX_ZOOM, startCamera } from './map-controller';
import { MapLabels, MapLoadError } from './map-labels';
import { cameraForBounds, projector, worldPoint, worldToLngLat } from './mercator';
import { polygonPath } from './polygon-path';
import { useRegionWalk } from './use-region-walk';

/** MapLibre's own zoom limits, so both renderers stop at the same place. */
const MIN_ZOOM = 2;
const MAX_ZOOM = 12;
const HATCH = `rgb(${HATCH_RGBA.slice(0, 3).join(',')})`;

/** The container's size, followed as it changes. */
function useSize(el: HTMLElement | null) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useEffect(() => {
    if (!el) return;
    const read = () => setSize({ width: el.clientWidth, height: el.clientHeight });
    read();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [el]);
  return size;
}

/**
 * The choropleth in plain SVG, drawn as soon as the boundary file and the awards are in: before MapLibre's code
 * has arrived (it then takes over at the same camera, with the same colours), and as the map itself where WebGL
 * is missing. Colours, hatch, dimming and outlines come from src/shared/region-paint; the camera is fitted as
 * MapLibre fits it. `full`: the map of its own — a tab stop with the keyboard walk, + and − to zoom, drag to pan.
 */
export function FlatMap({ dataset, full, onDrawn }: { dataset: Dataset; full: boolean; onDrawn?: () => void }) {
  const { t } = useT();
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const size = useSize(el);
  const rows = useRegionRows(dataset);
  const level = useViewStore((s) => s.level);
  const region = useViewStore((s) => s.region);
  const provinces = useViewStore((s) => s.provinces);
  const storeCamera = useViewStore((s) => s.camera);
  const boundaries = useQuery(boundariesQuery);
  const b = boundaries.data;
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean } | null>(null);
  const [shift, setShift] = useState<[number, number]>([0, 0]);

  // The camera: the user's own, else fitted to the URL's region or provinces, else Indonesia — as MapLibre does.
  const camera: Camera | null = useMemo(() => {
    if (!b || size.width === 0) return null;
    if (storeCamera) return storeCamera;
    const start = startCamera({ camera: null, region, provinces }, rows, b);
    if (start.kind === 'camera') return start.camera;
    const padding = fitPadding(el, start.region ? 40 : 10);
    return cameraForBounds(start.bounds, size, padding, start.region ? FIT_MAX_ZOOM : MAX_ZOOM);
  }, [b, size, storeCamera, region, provinces, rows, el]);
  // Paths are projected again only when the camera moves, not when a filter gives an equal camera.
  const cameraKey = camera ? `${camera.zoom}/${camera.lat}/${camera.lng}` : '';

  const paths = useMemo(() => {
    if (!b || !camera) return null;
    const project = projector(camera, size);
    const units =
      level === 'provinsi' ? b.provinces.features.map((f) => [f.properties.prov, f] as const) : b.regions.features.map((f) => [f.properties.code, f] as const);
    return {
      units: units.map(([code, f]) => [code, polygonPath(f, project, { minStep: 0.4 })] as const),
      provinces: b.provinces.features.map((f) => polygonPath(f, project, { minStep: 0.4 })),
      project,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the camera's values (cameraKey), not its identity
  }, [b, cameraKey, size, level]);

  const states = useMemo(() => paintStates(rows, polygonFor(region, rows)), [rows, region]);
  const walk = useRegionWalk(rows, b, () => {});
  const drawn = paths !== null;
  const onDrawnRef = useRef(onDrawn);
  onDrawnRef.current = onDrawn;
  useEffect(() => {
    if (!drawn) return;
    performance.mark('map:first');
    // The next frame shows the SVG; only then is the stage told (it starts MapLibre's heavy chunk).
    let timer = 0;
    const id = requestAnimationFrame(() => (timer = window.setTimeout(() => onDrawnRef.current?.(), 0)));
    return () => {
      cancelAnimationFrame(id);
      clearTimeout(timer);
    };
  }, [drawn]);

  const codeAt = (target: EventTarget) => (target as Element).getAttribute?.('data-code');
  const onPointerDown = (e: PointerEvent) => {
    if (full) drag.current = { x: e.clientX, y: e.clientY, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (d && e.buttons) {
      const dx = e.clientX - d.x;
      const dy = e.clientY - d.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) d.moved = true;
      if (d.moved) setShift([dx, dy]);
      return;
    }
    const code = codeAt(e.target);
    const box = el?.getBoundingClientRect();
    setHover(code && box ? { code, x: e.clientX - box.left, y: e.clientY - box.top } : null);
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved && camera) {
      // A drag pans: the centre moves by the dragged distance, written to the store like MapLibre's moves.
      const k = 2 ** camera.zoom;
      const [cx, cy] = worldPoint(camera.lng, camera.lat);
      const [lng, lat] = worldToLngLat(cx - (e.clientX - d.x) / k, cy - (e.clientY - d.y) / k);
      setShift([0, 0]);
      useViewStore.getState().setCamera({ zoom: camera.zoom, lat, lng });
      return;
    }
    const code = codeAt(e.target);
    setHover(null);
    if (code) useViewStore.getState().selectRegion(code);
  };
  const zoomBy = (step: number) => camera && useViewStore.getState().setCamera({ ...camera, zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, camera.zoom + step)) });
  const onKeyDown = (e: KeyboardEvent) => {
    if (walk.onKey(e)) return;
    if (e.key === '+' || e.key === '=') zoomBy(1);
    else if (e.key === '-' || e.key === '_') zoomBy(-1);
    else return;
    e.preventDefault();
  };

  const outline = (code: string | null | undefined) => (code ? paths?.units.find(([c]) => c === code)?.[1] : undefined);
  const selected = polygonFor(region, rows);
  const center = walk.focus ? walk.centers.get(walk.focus) : undefined;
  const focusAt = center && paths ? (([x, y]) => ({ x, y }))(paths.project(center[0], center[1])) : null;
  const hoverRow = hover ? rows.find((r) => r.region.code === hover.code) : undefined;
  const a11y = full
    ? {
        role: 'application',
        'aria-roledescription': t('mapRole'),
        'aria-label': t(level === 'provinsi' ? 'mapLabelProvinces' : 'mapLabel'),
        'aria-describedby': 'map-summary map-keys',
        tabIndex: 0,
        onKeyDown,
        onBlur: () => walk.setFocus(null),
      }
    : { 'aria-hidden': true };

  return (
    <div ref={setEl} className="flat-map" data-testid="flat-map" data-ready={paths ? 'true' : 'false'} {...a11y}>
      {paths && (
        <svg
          width={size.width}
          height={size.height}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerLeave={() => setHover(null)}
          style={{ transform: `translate(${shift[0]}px, ${shift[1]}px)` }}
        >
          <defs>
            <pattern id="flat-hatch" width="8" height="8" patternUnits="userSpaceOnUse">
              <path d="M0 8L8 0M-1 1L1 -1M7 9L9 7" stroke={HATCH} strokeWidth="1" />
            </pattern>
          </defs>
          <rect x={-size.width} y={-size.height} width={size.width * 3} height={size.height * 3} fill="#dbe7ef" />
          <g stroke="#fff" strokeWidth={0.4}>
            {paths.units.map(([code, d]) => {
              const s = states.get(code);
              const status = s?.status ?? 'unknown';
              return <path key={code} d={d} fill={CATEGORY_COLORS[status]} fillOpacity={s?.dim ? FILL_OPACITY.dimmed : FILL_OPACITY.shown} data-code={code} />;
            })}
          </g>
          <g fill="url(#flat-hatch)" fillOpacity={0.6} pointerEvents="none">
            {paths.units
              .filter(([code]) => states.get(code)?.hatch)
              .map(([code, d]) => (
                <path key={code} d={d} />
              ))}
          </g>
          <g fill="none" stroke="#3a3a3a" strokeWidth={1} pointerEvents="none">
            {paths.provinces.map((d, i) => (
              <path key={i} d={d} />
            ))}
          </g>
          <g fill="none" pointerEvents="none">
            {outline(hover?.code) && <path d={outline(hover?.code)} stroke={FOCUS_OUTLINE} strokeWidth={2} />}
            {outline(selected) && <path d={outline(selected)} stroke={SELECTED_OUTLINE} strokeWidth={3} />}
            {outline(walk.focus) && <path d={outline(walk.focus)} stroke={FOCUS_OUTLINE} strokeWidth={3} />}
          </g>
        </svg>
      )}
      {full && <MapLabels dataset={dataset} focusRow={walk.row} focusAt={focusAt} hoverRow={hoverRow} hoverAt={hover} />}
      {!full && hoverRow && hover && <MapLabels dataset={dataset} hoverRow={hoverRow} hoverAt={hover} describe={false} />}
      {!paths && (full || boundaries.isPending) && !boundaries.isError && (
        <div className="map-overlay" role="status">
          {t('loading')}
        </div>
      )}
      {full && boundaries.isError && <MapLoadError onRetry={() => void boundaries.refetch()} />}
    </div>
  );
}
