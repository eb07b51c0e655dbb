import type { Camera } from '@/state/view-state';
import { zoomAboutRegion } from './keyboard-order';
import { clampZoom } from './map-controller';

/** + or = zooms in, − or _ out, on either map; 0: not a zoom key. */
export function zoomKeyStep(key: string): -1 | 0 | 1 {
  return key === '+' || key === '=' ? 1 : key === '-' || key === '_' ? -1 : 0;
}

/**
 * The camera a zoom step makes (the buttons, the keys), within the map's zooms. `about`: a highlighted region's
 * centre and the map's size, so that region stays where the reader is looking.
 */
export function zoomedBy(camera: Camera, step: number, about?: { size: { width: number; height: number }; center: [number, number] }): Camera {
  const zoom = clampZoom(camera.zoom + step);
  return about ? zoomAboutRegion(camera, about.size, about.center, zoom) : { ...camera, zoom };
}
