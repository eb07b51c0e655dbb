import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useMapBoundaries } from '@/data/use-map-boundaries';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { paintStates, polygonFor } from '@/shared/region-paint';
import { useRegionRows } from '@/shared/use-region-rows';
import { useViewStore } from '@/state/store';
import type { Camera } from '@/state/view-state';
import { fitPadding, mapCovers } from './fit-padding';
import { clampZoom, FIT_MAX_ZOOM, MAP_MAX_ZOOM, startCamera } from './map-controller';
import { MapLabels, MapLoadError } from './map-labels';
import { MapOrientation } from './map-orientation';
import { setFlatMap } from './active-map';
import { canvasPaths, canvasPixelRatio, drawFlatBase, drawFlatOutlines, flatHatch } from './draw-flat-map';
import { cameraForBounds, panBy, projector, screenTransform } from './mercator';
import { cameraToShow } from './keyboard-order';
import { useRegionWalk } from './use-region-walk';
import { useWheelZoom } from './use-wheel-zoom';
import { zoomedBy, zoomKeyStep } from './zoom-step';
import { useSize } from './use-size';

/**
 * The choropleth on a canvas, drawn as soon as the boundary file and the awards are in. It is the map until
 * the reader reaches for it (a drag or the wheel: `onReach`), when MapLibre is loaded and takes over at the same
 * camera with the same colours — and the map itself where WebGL is missing. Colours, hatch, dimming and
 * outlines come from src/shared/region-paint; the camera is fitted as MapLibre fits it. A tab stop with the
 * keyboard walk, + and − (and the wheel) to zoom, drag to pan. `describe`: it owns the map's key help and
 * announcements (not while MapLibre's map is being built beside it).
 */
export function FlatMap({ dataset, describe = true, onReach }: { dataset: Dataset; describe?: boolean; onReach?: () => void }) {
  const { t } = useT();
  const [el, setEl] = useState<HTMLDivElement | null>(null);
  const size = useSize(el);
  const rows = useRegionRows(dataset);
  const level = useViewStore((s) => s.level);
  const region = useViewStore((s) => s.region);
  const provinces = useViewStore((s) => s.provinces);
  const storeCamera = useViewStore((s) => s.camera);
  // Past the country's zoom the coarse first-view file is visibly coarse: the full one is asked for then.
  const boundaries = useMapBoundaries(region !== null || provinces.length > 0 || (storeCamera?.zoom ?? 0) > 5);
  const b = boundaries.data;
  const [hover, setHover] = useState<{ code: string; x: number; y: number } | null>(null);
  const drag = useRef<{ x: number; y: number; moved: boolean; onMap: boolean } | null>(null);
  const [shift, setShift] = useState<[number, number]>([0, 0]);
  const dpr = canvasPixelRatio();

  // The camera: the user's own (a pan, a zoom, the view a region was clicked in), else fitted to the region
  // (chosen by search, table, URL or keyboard), else to the provinces, else Indonesia — as MapLibre's controller.
  const camera: Camera | null = useMemo(() => {
    if (!b || size.width === 0) return null;
    if (storeCamera) return { ...storeCamera, zoom: clampZoom(storeCamera.zoom) };
    const start = startCamera({ camera: null, region, provinces }, rows, b);
    if (start.kind === 'camera') return start.camera;
    const padding = fitPadding(el, start.region ? 40 : 10, Boolean(region));
    return cameraForBounds(start.bounds, size, padding, start.region ? FIT_MAX_ZOOM : MAP_MAX_ZOOM);
  }, [b, size, storeCamera, region, provinces, rows, el]);
  // Units are projected again only when the camera moves, not when a filter gives an equal camera.
  const cameraKey = camera ? `${camera.zoom}/${camera.lat}/${camera.lng}` : '';
  const geometry = useMemo(() => {
    if (!b || !camera || typeof Path2D !== 'function') return null;
    const { units, provinces } = canvasPaths(b, level === 'provinsi' ? b.shapes.provinces : b.shapes.regions, screenTransform(camera, size));
    return { units, byCode: new Map(units.map((u) => [u.code, u])), provinces, project: projector(camera, size) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the camera's values (cameraKey), not its identity
  }, [b, cameraKey, size, level]);

  // Colours only: the selection is an outline on the canvas above, so a click does not repaint the base.
  const states = useMemo(() => paintStates(rows, null), [rows]);
  // The walk moves the camera (through the store, as a drag does) when the region it reaches is not in view.
  const walk = useRegionWalk(rows, b, (_code, box) => {
    const next = latest.current.camera && box && cameraToShow(latest.current.camera, latest.current.size, fitPadding(el, 24), box, mapCovers(el));
    if (next) useViewStore.getState().setCamera(next);
  });
  const drawn = geometry !== null;
  useEffect(() => {
    if (drawn) performance.mark('map:first');
  }, [drawn]);

  const canvas = useRef<HTMLCanvasElement>(null);
  const outlineCanvas = useRef<HTMLCanvasElement>(null);
  // What listeners set up once (the wheel, the downloads' handle, the test probe) read of the latest render.
  const latest = useRef({
    camera,
    size,
    onReach,
    codeAt: (_x: number, _y: number): string | undefined => undefined,
    composed: (): HTMLCanvasElement | null => null,
  });

  useWheelZoom(el, latest);

  /** The unit under a viewport point: boxes first, then the canvas's own test on the few left. */
  const codeAt = (x: number, y: number): string | undefined => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !geometry) return undefined;
    return geometry.units.find((u) => x >= u.box[0] && x <= u.box[2] && y >= u.box[1] && y <= u.box[3] && ctx.isPointInPath(u.path, x * dpr, y * dpr))?.code;
  };
  const local = (e: PointerEvent) => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top] as const;
  };
  const onPointerDown = (e: PointerEvent) => {
    // A drag that leaves the map still ends (and pans) where it is let go. Only from the map itself: a press on
    // the retry button must stay that button's click.
    try {
      if (e.target === canvas.current) e.currentTarget.setPointerCapture?.(e.pointerId);
    } catch {
      /* a pointer the browser no longer tracks: the drag then ends where the map loses it */
    }
    drag.current = { x: e.clientX, y: e.clientY, moved: false, onMap: e.target === canvas.current };
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
    const [x, y] = local(e);
    const code = codeAt(x, y);
    setHover((h) => (code ? (h?.code === code && h.x === x && h.y === y ? h : { code, x, y }) : null));
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    drag.current = null;
    if (d?.moved && camera) {
      // A drag pans, written to the store like MapLibre's moves.
      setShift([0, 0]);
      useViewStore.getState().setCamera(panBy(camera, e.clientX - d.x, e.clientY - d.y));
      // A drag is reaching for the map; a click or tap on a region is not (it opens the region, at once).
      onReach?.();
      return;
    }
    // A press on a control over the map (the retry button) is that control's, not a click on a region.
    if (!d?.onMap) return;
    const code = codeAt(...local(e));
    setHover(null);
    if (!code || !camera) return;
    // The region opens in the view it was clicked in: that camera goes into the store (and the address).
    useViewStore.getState().selectRegion(code, camera);
  };
  // + and − turn about the highlighted region when the walk has one, so it stays where it is on screen.
  const onKeyDown = (e: KeyboardEvent) => {
    if (walk.onKey(e)) return;
    const step = zoomKeyStep(e.key);
    if (!step || !camera) return;
    e.preventDefault();
    const center = walk.focus ? walk.centers.get(walk.focus) : undefined;
    useViewStore.getState().setCamera(zoomedBy(camera, step, center && { size, center }));
  };

  const selected = polygonFor(region, rows);
  const center = walk.focus ? walk.centers.get(walk.focus) : undefined;
  const focusAt = center && geometry ? (([x, y]) => ({ x, y }))(geometry.project(center[0], center[1])) : null;

  // Drawn after React has laid the canvas out and before the browser paints: no frame without the map.
  const hatch = useRef<CanvasPattern | null>(null);
  const drawBase = () => {
    const c = canvas.current;
    const ctx = c?.getContext('2d');
    if (!c || !ctx || !geometry) return;
    hatch.current ??= flatHatch(ctx);
    drawFlatBase(ctx, { dpr, size, units: geometry.units, provinces: geometry.provinces, states, hatch: hatch.current });
  };
  // Whether the outline layer holds anything. Until the first hover, selection or focus its canvas has no
  // context at all: a context is a second full-size bitmap to clear and hand to the compositor, ~20 ms of the
  // app's first frame on a phone for a layer with nothing on it.
  const outlinesShown = useRef(false);
  const drawOutlines = () => {
    const c = outlineCanvas.current;
    if (!c || !geometry) return;
    const outlines = [
      { path: hover ? geometry.byCode.get(hover.code)?.path : undefined, kind: 'hover' as const },
      { path: selected ? geometry.byCode.get(selected)?.path : undefined, kind: 'selected' as const },
      { path: walk.focus ? geometry.byCode.get(walk.focus)?.path : undefined, kind: 'focus' as const },
    ];
    const any = outlines.some((o) => o.path);
    if (!any && !outlinesShown.current) return;
    const ctx = c.getContext('2d');
    if (!ctx) return;
    drawFlatOutlines(ctx, { dpr, size }, outlines);
    outlinesShown.current = any;
  };
  /** Both layers as one canvas, for the PNG download. */
  const composed = () => {
    drawBase();
    drawOutlines();
    const out = document.createElement('canvas');
    out.width = canvas.current!.width;
    out.height = canvas.current!.height;
    const ctx = out.getContext('2d')!;
    ctx.drawImage(canvas.current!, 0, 0);
    if (outlinesShown.current) ctx.drawImage(outlineCanvas.current!, 0, 0);
    return out;
  };
  latest.current = { camera, size, onReach, codeAt, composed };
  // Each layer is redrawn when what it shows changes — not when the tooltip follows the pointer in a region.
  const hoverCode = hover?.code;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- drawBase reads exactly these (the latest closure)
  useLayoutEffect(drawBase, [geometry, states]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- drawOutlines reads exactly these (the latest closure)
  useLayoutEffect(drawOutlines, [geometry, hoverCode, selected, walk.focus]);
  // The downloads read the 2D map while it is the map on screen.
  useEffect(() => {
    if (!drawn) return;
    setFlatMap({
      canvas: () => latest.current.composed()!,
      camera: () => latest.current.camera!,
      size: () => latest.current.size,
    });
    // For the browser tests and the bench, as MapLibre's map is `__petaUhcMap`: which unit is at a map pixel.
    const probe = window as unknown as { __petaUhcFlatMap?: { codeAt(x: number, y: number): string | undefined } | null };
    probe.__petaUhcFlatMap = { codeAt: (x, y) => latest.current.codeAt(x, y) };
    return () => {
      setFlatMap(null);
      probe.__petaUhcFlatMap = null;
    };
  }, [drawn]);
  const hoverRow = hover ? rows.find((r) => r.region.code === hover.code) : undefined;
  // Base and outlines: the same size and the same offset while a drag is under way.
  const layer = {
    width: Math.round(size.width * dpr),
    height: Math.round(size.height * dpr),
    style: { width: size.width, height: size.height, transform: `translate(${shift[0]}px, ${shift[1]}px)` },
  };
  return (
    <div
      ref={setEl}
      className="flat-map"
      data-testid="flat-map"
      data-ready={geometry ? 'true' : 'false'}
      data-boundaries={b ? (b.coarse ? 'first-view' : 'full') : undefined}
      role="application"
      aria-roledescription={t('mapRole')}
      aria-label={t(level === 'provinsi' ? 'mapLabelProvinces' : 'mapLabel')}
      aria-describedby="map-summary map-keys"
      tabIndex={0}
      onKeyDown={onKeyDown}
      onBlur={() => walk.setFocus(null)}
      onFocus={(e) => e.target === e.currentTarget && walk.resume(e.currentTarget)}
      // On the whole area, not only the canvas: the drag and the wheel work over the labels too.
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerLeave={() => setHover(null)}
    >
      {geometry && (
        <>
          <canvas ref={canvas} {...layer} />
          <canvas ref={outlineCanvas} className="flat-map-outlines" {...layer} />
        </>
      )}
      {geometry && (
        <MapOrientation
          dataset={dataset}
          b={b}
          level={level}
          camera={camera}
          size={size}
          project={geometry.project}
          selected={region}
          pointed={hover?.code ?? walk.focus}
          tipAt={hover ?? focusAt}
        />
      )}
      <MapLabels dataset={dataset} focusRow={walk.row} focusAt={focusAt} hoverRow={hoverRow} hoverAt={hover} describe={describe} />
      <div className="map-focus-ring" aria-hidden="true" /> {/* over the canvases, which hide an outline of the box */}
      {!geometry && !boundaries.isError && (
        <div className="map-overlay" role="status">
          {t('loading')}
        </div>
      )}
      {boundaries.isError && <MapLoadError onRetry={() => void boundaries.refetch()} />}
    </div>
  );
}
