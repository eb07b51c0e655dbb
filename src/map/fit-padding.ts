import { useViewStore } from '@/state/store';
import type { Padding } from './mercator';

/**
 * Room around a fitted box: on a phone the bottom sheet covers the lower part of the map, so the region is
 * fitted above it (an embedded map has no sheet). On a wider map a region (`region`) is fitted clear of the
 * legend in the bottom-left corner and the controls at the top right: the side they take is added to the
 * padding (whichever of its width or height costs the map less). Both renderers ask the same, so they fit the
 * same camera. An embed fits above its legend strip.
 */
export function fitPadding(el: HTMLElement | null, desktop: number, region = false): Padding {
  // An embedded map's legend is a strip along its bottom edge (embed.css): everything is fitted above it.
  if (useViewStore.getState().embed) {
    const strip = el?.closest('.map-stage')?.querySelector('.legend')?.getBoundingClientRect().height ?? 0;
    return { top: desktop, left: desktop, right: desktop, bottom: desktop + Math.round(strip) };
  }
  const phone = !useViewStore.getState().embed && window.matchMedia?.('(max-width: 640px), (max-height: 480px)').matches;
  const h = el?.clientHeight ?? 0;
  // Only a region is fitted clear of what lies over the map: at national zoom the legend and controls lie over
  // the sea, and a province filter is asked to fill the map.
  const stage = el?.closest('.map-stage');
  const near = el && stage && region;
  if (phone) {
    // The legend chip, the locator and the sources' ⓘ take the top ~100 px; the controls the right edge; the
    // sheet's peek the bottom — measured, so the country fills the map left above it (an enlarged sheet is
    // folded back to its peek before the map is seen again: src/app/phone-sheet.ts).
    const sheet = el?.closest('.layout')?.querySelector('.side-panel');
    const peek = sheet && sheet.getAttribute('data-expanded') !== 'true' ? sheet.getBoundingClientRect().height : h * 0.35;
    const padding = { top: near ? Math.max(60, Math.min(100, Math.round(h * 0.2))) : 60, left: 8, right: 8, bottom: Math.round(peek || h * 0.35) + 8 };
    const controls = near ? stage.querySelector('.map-controls')?.getBoundingClientRect() : undefined;
    if (controls && controls.width > 0) padding.right = Math.round(controls.width) + 14;
    return padding;
  }
  const padding = { top: desktop, bottom: desktop, left: desktop, right: desktop };
  if (!near) return padding;
  const w = el.clientWidth;
  const clear = (selector: string, side: 'left' | 'right', end: 'top' | 'bottom') => {
    const r = stage.querySelector(selector)?.getBoundingClientRect();
    if (!r || r.width === 0 || w === 0 || h === 0) return;
    if (r.width / w < r.height / h) padding[side] = Math.max(padding[side], Math.round(r.width) + 16);
    else padding[end] = Math.max(padding[end], Math.round(r.height) + 16);
  };
  clear('.legend', 'left', 'bottom');
  clear('.map-controls', 'right', 'top');
  return padding;
}

/**
 * What lies over the map in its own pixels — the legend, the controls, the locator, the key help while shown —
 * so the keyboard walk does not leave its highlight under one of them.
 */
export function mapCovers(el: HTMLElement | null): { left: number; top: number; right: number; bottom: number }[] {
  const stage = el?.closest('.map-stage');
  if (!el || !stage) return [];
  const origin = el.getBoundingClientRect();
  return [...stage.querySelectorAll('.legend, .map-controls > *, .map-locator, .map-keys')]
    .map((n) => n.getBoundingClientRect())
    .filter((r) => r.width > 2 && r.height > 2)
    .map((r) => ({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top }));
}
