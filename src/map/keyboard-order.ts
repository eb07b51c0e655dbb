import type { RegionRow } from '@/domain/select-regions';
import type { Camera } from '@/state/view-state';
import { cameraForBounds, projector, zoomAround, type Bbox, type Padding } from './mercator';

/**
 * The order arrow keys walk the map in: province by province (Kemendagri order), and within a province
 * from west to east. Only regions in the current filter, and only those with a polygon to show.
 */
export function keyboardOrder(rows: readonly RegionRow[], centers: ReadonlyMap<string, [number, number]>): string[] {
  const drawable = rows.filter((r) => r.region.polygon.kind === 'own' && centers.has(r.region.code));
  const inFilter = drawable.filter((r) => r.matchesFilter);
  const list = inFilter.length ? inFilter : drawable;
  return list
    .map((r) => ({ code: r.region.code, prov: r.region.provinceCode, lng: centers.get(r.region.code)![0] }))
    .sort((a, b) => a.prov.localeCompare(b.prov) || a.lng - b.lng || a.code.localeCompare(b.code))
    .map((x) => x.code);
}

export type NavKey = 'ArrowRight' | 'ArrowDown' | 'ArrowLeft' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';
export const NAV_KEYS: readonly string[] = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'];

/** The region a key moves to from `current` (null: nothing focused yet → the first). Wraps around. */
export function nextRegion(order: readonly string[], current: string | null, key: NavKey): string | null {
  if (order.length === 0) return null;
  const i = current === null ? -1 : order.indexOf(current);
  const prov = (code: string) => code.slice(0, 2);
  switch (key) {
    case 'Home':
      return order[0]!;
    case 'End':
      return order[order.length - 1]!;
    case 'ArrowRight':
    case 'ArrowDown':
      return order[(i + 1) % order.length]!;
    case 'ArrowLeft':
    case 'ArrowUp':
      return i < 0 ? order[order.length - 1]! : order[(i - 1 + order.length) % order.length]!;
    case 'PageDown': {
      if (i < 0) return order[0]!;
      const p = prov(order[i]!);
      const next = order.findIndex((c, j) => j > i && prov(c) !== p);
      return order[next < 0 ? 0 : next]!;
    }
    case 'PageUp': {
      if (i < 0) return order[0]!;
      const p = prov(order[i]!);
      // First region of the province before this one (or of this one, from its middle).
      let j = order.findIndex((c) => prov(c) === p);
      if (j === i) {
        const before = (i - 1 + order.length) % order.length;
        const bp = prov(order[before]!);
        j = order.findIndex((c) => prov(c) === bp);
      }
      return order[j]!;
    }
  }
}

/** A box on the map in its own pixels: what lies over the map (the legend, the controls). */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The camera that brings a walked-to region into view, or null when it is already on screen: inside the
 * viewport less `margin` (on a phone, the sheet's peek and the chips) and clear of what lies over the map
 * (`covers`). Off screen, the region is centred in that area at the zoom the reader chose — zoomed out only as
 * far as it needs to fit whole — so the walk never leaves the highlight where the reader cannot see it, and
 * never zooms in on its own.
 */
export function cameraToShow(
  camera: Camera,
  size: { width: number; height: number },
  margin: Padding,
  box: Bbox,
  covers: readonly ScreenRect[] = [],
): Camera | null {
  if (size.width <= 0 || size.height <= 0) return null;
  const project = projector(camera, size);
  const [x0, y1] = project(box[0], box[1]);
  const [x1, y0] = project(box[2], box[3]);
  const inside = x0 >= margin.left && y0 >= margin.top && x1 <= size.width - margin.right && y1 <= size.height - margin.bottom;
  const covered = covers.some((c) => x0 < c.right && x1 > c.left && y0 < c.bottom && y1 > c.top);
  if (inside && !covered) return null;
  return cameraForBounds(box, size, margin, camera.zoom);
}

/**
 * The camera after + or − with a region highlighted: the zoom turns about the region's centre, so the
 * highlight stays where it is on screen instead of sliding off as the map zooms about its middle.
 */
export function zoomAboutRegion(camera: Camera, size: { width: number; height: number }, center: [number, number], zoom: number): Camera {
  return zoomAround(camera, size, projector(camera, size)(center[0], center[1]), zoom);
}
