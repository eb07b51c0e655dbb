import type { Camera } from '@/state/view-state';

/**
 * Web Mercator as MapLibre draws it (512 px tiles), so a map drawn without MapLibre — the SVG download, the
 * printed locator map — shows the same place at the same scale. Pure: no maplibre here.
 */
const TILE = 512;
const MAX_LAT = 85.051129;

export type Bbox = [number, number, number, number];
export type Padding = { top: number; bottom: number; left: number; right: number };

/** World pixel of a point at zoom 0 (multiply by 2^zoom for another zoom). */
export function worldPoint(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lng + 180) / 360) * TILE, ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * TILE];
}

/** [lng, lat] of a world pixel at zoom 0. */
export function worldToLngLat(x: number, y: number): [number, number] {
  const lng = (x / TILE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE;
  return [lng, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}

/**
 * The camera that fits a box into a viewport with padding, as MapLibre's fitBounds computes it: the largest
 * zoom (capped) at which the box's Mercator extent fits inside the padded area, centred in that area.
 */
export function cameraForBounds(box: Bbox, size: { width: number; height: number }, padding: Padding, maxZoom = 22): Camera {
  const [x0, y1] = worldPoint(box[0], box[1]);
  const [x1, y0] = worldPoint(box[2], box[3]);
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = Math.min((size.width - padding.left - padding.right) / w, (size.height - padding.top - padding.bottom) / h);
  const zoom = Math.min(Math.log2(Math.max(scale, 1e-9)), maxZoom);
  const k = 2 ** zoom;
  // The box's centre sits at the centre of the padded area, not of the whole viewport.
  const cx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / k;
  const cy = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / k;
  const [lng, lat] = worldToLngLat(cx, cy);
  return { zoom, lat, lng };
}

/** A camera and viewport as the numbers that take a world pixel to a viewport pixel. */
export function screenTransform(camera: Camera, size: { width: number; height: number }) {
  const [cx, cy] = worldPoint(camera.lng, camera.lat);
  return { k: 2 ** camera.zoom, cx, cy, halfWidth: size.width / 2, halfHeight: size.height / 2 };
}

/** Projects [lng, lat] to viewport pixels for a camera and viewport size. */
export function projector(camera: Camera, size: { width: number; height: number }): (lng: number, lat: number) => [number, number] {
  const { k, cx, cy, halfWidth, halfHeight } = screenTransform(camera, size);
  return (lng, lat) => {
    const [x, y] = worldPoint(lng, lat);
    return [(x - cx) * k + halfWidth, (y - cy) * k + halfHeight];
  };
}

/** The camera after the map has been dragged by (dx, dy) pixels: the centre moves the other way. */
export function panBy(camera: Camera, dx: number, dy: number): Camera {
  const k = 2 ** camera.zoom;
  const [cx, cy] = worldPoint(camera.lng, camera.lat);
  const [lng, lat] = worldToLngLat(cx - dx / k, cy - dy / k);
  return { zoom: camera.zoom, lat, lng };
}

/** The camera at another zoom that keeps the map point under a viewport pixel where it is (wheel zoom). */
export function zoomAround(camera: Camera, size: { width: number; height: number }, at: [number, number], zoom: number): Camera {
  const [cx, cy] = worldPoint(camera.lng, camera.lat);
  const k0 = 2 ** camera.zoom;
  const k1 = 2 ** zoom;
  const dx = at[0] - size.width / 2;
  const dy = at[1] - size.height / 2;
  const [lng, lat] = worldToLngLat(cx + dx / k0 - dx / k1, cy + dy / k0 - dy / k1);
  return { zoom, lat, lng };
}
