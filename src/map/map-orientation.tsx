import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Boundaries } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import type { MapLevel } from '@/domain/select-regions';
import { useT } from '@/i18n/use-t';
import { SELECTED_OUTLINE } from '@/shared/region-paint';
import type { Camera } from '@/state/view-state';
import { arcTracer, svgPathSink } from './arc-paths';
import { INDONESIA_BOUNDS } from './map-style';
import { cameraForBounds, screenTransform } from './mercator';
import { labelCandidates, labelGeography, NAMES_MIN_ZOOM, placeLabels, type Box, type LabelCandidate, type PlacedLabel } from './region-labels';

/** The locator inset shows once the map is closer than a province or two: at national zoom the map is its own locator. */
const LOCATOR_MIN_ZOOM = 6;
const INSET = { width: 150, height: 62 };
const FONT = { selected: 'bold 13px system-ui, sans-serif', province: 'bold 13px system-ui, sans-serif', other: '12px system-ui, sans-serif' };

let measurer: CanvasRenderingContext2D | null | undefined;
/** A name's box in pixels: measured in the font it is drawn in, estimated where there is no canvas (jsdom). */
function measure(c: LabelCandidate): { width: number; height: number } {
  measurer ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext?.('2d');
  const font = c.kind === 'selected' || c.kind === 'province' ? FONT.selected : FONT.other;
  if (!measurer) return { width: c.text.length * 7 + 6, height: 17 };
  measurer.font = font;
  return { width: Math.ceil(measurer.measureText(c.text).width) + 6, height: 17 };
}

/** A label's name: "Banyuasin" for a kabupaten (the map shows it is one), "Kota Medan" for a kota, the province's own. */
function nameOf(dataset: Dataset, code: string): string | undefined {
  const r = dataset.byCode.get(code);
  if (!r) return undefined;
  return r.level === 'kota' ? r.name : r.shortName;
}

/** What sits over the map in its corners (legend, controls, inset, notices), relative to the map's box. */
function blockedBoxes(el: HTMLElement | null): Box[] {
  const stage = el?.closest('.map-stage');
  if (!el || !stage) return [];
  const me = el.getBoundingClientRect();
  return [...stage.querySelectorAll('.legend, .map-controls, .map-locator, .map-notice')].map((n) => {
    const r = n.getBoundingClientRect();
    return { x0: r.left - me.left, y0: r.top - me.top, x1: r.right - me.left, y1: r.bottom - me.top };
  });
}

/** Indonesia's provinces traced once for the inset, from the shared arcs as the 2D map draws them. */
const insetCache = new WeakMap<Boundaries, { paths: { code: string; d: string }[]; camera: Camera }>();
function insetPaths(b: Boundaries) {
  let v = insetCache.get(b);
  if (!v) {
    const [[w, s], [e, n]] = INDONESIA_BOUNDS;
    const camera = cameraForBounds([w, s, e, n], INSET, { top: 2, bottom: 2, left: 2, right: 2 });
    const trace = arcTracer(b.arcs, screenTransform(camera, INSET), 0.6);
    const paths = b.shapes.provinces.map((u) => {
      const sink = svgPathSink();
      trace(u, sink);
      return { code: u.code, d: sink.d };
    });
    v = { paths, camera };
    insetCache.set(b, v);
  }
  return v;
}

/** The view's rectangle in the inset's pixels, at least a few pixels wide so a close view still shows. */
function viewRect(camera: Camera, size: { width: number; height: number }, inset: Camera) {
  const v = screenTransform(camera, size);
  const i = screenTransform(inset, INSET);
  const x = (wx: number) => (wx - i.cx) * i.k + i.halfWidth;
  const y = (wy: number) => (wy - i.cy) * i.k + i.halfHeight;
  const x0 = x(v.cx - v.halfWidth / v.k);
  const x1 = x(v.cx + v.halfWidth / v.k);
  const y0 = y(v.cy - v.halfHeight / v.k);
  const y1 = y(v.cy + v.halfHeight / v.k);
  const grow = (a: number, b: number) => (b - a < 4 ? [(a + b) / 2 - 2, (a + b) / 2 + 2] : [a, b]) as [number, number];
  const [gx0, gx1] = grow(x0, x1);
  const [gy0, gy1] = grow(y0, y1);
  return { x: gx0, y: gy0, width: gx1 - gx0, height: gy1 - gy0 };
}

function LocatorInset(props: { b: Boundaries; camera: Camera; size: { width: number; height: number }; province: string | null; place: string }) {
  const { t } = useT();
  const { paths, camera: inset } = insetPaths(props.b);
  const rect = viewRect(props.camera, props.size, inset);
  return (
    <figure className="map-locator" data-testid="map-locator" aria-hidden={!props.place}>
      <svg
        width={INSET.width}
        height={INSET.height}
        viewBox={`0 0 ${INSET.width} ${INSET.height}`}
        role="img"
        aria-label={t('mapLocator', { place: props.place })}
      >
        {paths.map((p) => (
          <path key={p.code} d={p.d} fill={p.code === props.province ? SELECTED_OUTLINE : '#b9c2c9'} />
        ))}
        <rect {...rect} fill="none" stroke="#111" strokeWidth={1.5} />
      </svg>
      {props.place && <figcaption>{props.place}</figcaption>}
    </figure>
  );
}

/**
 * What tells the reader where the map is, the same on both renderers: names on the map (the selected region and
 * its neighbours first, then others by size at province zoom; the province under the pointer at national zoom),
 * placed without overlaps and clear of the legend and controls, and a locator inset once zoomed past a province.
 * `project` takes [lng, lat] to the map's pixels for `camera`.
 */
export function MapOrientation(props: {
  dataset: Dataset;
  b: Boundaries | undefined;
  level: MapLevel;
  camera: Camera | null;
  size: { width: number; height: number };
  project: ((lng: number, lat: number) => [number, number]) | null;
  selected: string | null;
  pointed: string | null;
  /** Where the tooltip of the region under the pointer (or keyboard focus) opens: names keep clear of it. */
  tipAt?: { x: number; y: number } | null | undefined;
}) {
  const { dataset, b, level, camera, size, project, selected, pointed, tipAt } = props;
  const el = useRef<HTMLDivElement>(null);
  // One more render once mounted, so the first placement already knows where the legend is.
  const [, setMounted] = useState(false);
  useLayoutEffect(() => setMounted(true), []);
  // Anchors and neighbours (a pass over every ring) are worked out when a name is first wanted, not for the
  // first national view, which names nothing until a region is pointed at or opened.
  const wantNames = camera !== null && (camera.zoom >= NAMES_MIN_ZOOM - 1.5 || selected !== null || pointed !== null);
  const geo = useMemo(() => (b && wantNames ? labelGeography(b) : null), [b, wantNames]);
  const units = useMemo(() => (b ? (level === 'provinsi' ? b.shapes.provinces : b.shapes.regions).map((u) => u.code) : []), [b, level]);
  let labels: PlacedLabel[] = [];
  if (geo && camera && project && size.width > 0) {
    const candidates = labelCandidates({
      zoom: camera.zoom,
      selected,
      pointed,
      anchors: geo.anchors,
      neighbours: geo.neighbours,
      units,
      name: (code) => nameOf(dataset, code),
      project,
      size,
    });
    const blocked = blockedBoxes(el.current);
    // The tooltip (src/map/map-labels.tsx) opens 12 px right of and below the pointer, up to 240 px wide.
    if (tipAt) blocked.push({ x0: tipAt.x + 8, y0: tipAt.y + 8, x1: tipAt.x + 260, y1: tipAt.y + 110 });
    labels = placeLabels(candidates, size, blocked, measure);
  }
  const province = selected ? selected.slice(0, 2) : null;
  const place = selected ? [nameOf(dataset, selected), selected.length > 2 ? dataset.byCode.get(province!)?.name : null].filter(Boolean).join(' · ') : '';
  const showInset = b && camera && camera.zoom >= LOCATOR_MIN_ZOOM;
  return (
    <>
      <div ref={el} className="map-names" aria-hidden="true" data-testid="map-names">
        {labels.map((l) => (
          <span
            key={l.code}
            className={`map-name map-name--${l.kind}`}
            data-code={l.code}
            data-kind={l.kind}
            style={{ left: l.box.x0, top: l.box.y0, width: l.box.x1 - l.box.x0 }}
          >
            {l.text}
          </span>
        ))}
      </div>
      {showInset && <LocatorInset b={b} camera={camera} size={size} province={province} place={place} />}
    </>
  );
}
