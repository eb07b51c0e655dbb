import { useViewStore } from '@/state/store';
import type { Padding } from './mercator';

/**
 * Room around a fitted region: on a phone the bottom sheet covers the lower part of the map, so the region is
 * fitted above it (an embedded map has no sheet). Both renderers ask the same, so they fit the same camera.
 */
export function fitPadding(el: HTMLElement | null, desktop: number): Padding {
  const phone = !useViewStore.getState().embed && window.matchMedia?.('(max-width: 640px), (max-height: 480px)').matches;
  const h = el?.clientHeight ?? 0;
  return phone ? { top: 60, left: 10, right: 10, bottom: Math.round(h * 0.4) + 10 } : { top: desktop, bottom: desktop, left: desktop, right: desktop };
}
