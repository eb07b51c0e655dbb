import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from '@/state/view-state';

/** What actions outside the map (PNG and SVG downloads) need from whichever renderer is on screen. */
export interface MapOnScreen {
  /** Its pixels, drawn now (a WebGL buffer is read right after a synchronous redraw). */
  canvas(): HTMLCanvasElement;
  camera(): Camera;
  size(): { width: number; height: number };
}

/**
 * A read-only handle on the map on screen: MapLibre's map once it has taken over, else the 2D map. MapView and
 * FlatMap register themselves; nothing else does. MapLibre's map is also `window.__petaUhcMap` for the browser
 * tests and the bench. Types only: no maplibre code here.
 */
let gl: MapLibreMap | null = null;
let flat: MapOnScreen | null = null;

export function setActiveMap(map: MapLibreMap | null): void {
  gl = map;
  (window as unknown as { __petaUhcMap?: MapLibreMap | null }).__petaUhcMap = map;
}

/** The 2D map, while it is shown (it steps aside once MapLibre's map has drawn). */
export function setFlatMap(map: MapOnScreen | null): void {
  flat = map;
}

export function mapOnScreen(): MapOnScreen | null {
  if (flat) return flat;
  const map = gl;
  if (!map) return null;
  return {
    canvas: () => {
      map.redraw();
      return map.getCanvas();
    },
    camera: () => {
      const c = map.getCenter();
      return { zoom: map.getZoom(), lat: c.lat, lng: c.lng };
    },
    size: () => ({ width: map.getCanvas().clientWidth, height: map.getCanvas().clientHeight }),
  };
}
