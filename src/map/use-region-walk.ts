import { useMemo, useState } from 'react';
import type { Boundaries } from '@/data/load-boundaries';
import type { RegionRow } from '@/domain/select-regions';
import { useViewStore } from '@/state/store';
import { keyboardOrder, NAV_KEYS, nextRegion, type NavKey } from './keyboard-order';
import type { Bbox } from './mercator';

/**
 * Where the walk was when the map last lost the keyboard (a region opened with Enter, then Esc back to the
 * map): the next key goes on from there instead of starting again at the first region. Kept outside React
 * because it must outlive the renderer — MapLibre's map takes over from the 2D map mid-walk.
 */
let place: string | null = null;

/**
 * The map's keyboard walk, the same on both renderers: arrow keys move a focus ring region to region (province
 * by province, west to east), Enter or Space opens the focused one. `onFocus` lets the renderer outline the
 * region and move the camera so it stays in view.
 */
export function useRegionWalk(rows: readonly RegionRow[], boundaries: Boundaries | undefined, onFocus: (code: string, box: Bbox | undefined) => void) {
  const [focus, setFocus] = useState<string | null>(null);
  // Centres and the walk order are worked out on the first walk key, not while the first map is drawn.
  const lazy = useMemo(() => {
    let centers: Map<string, [number, number]> | null = null;
    let order: string[] | null = null;
    const allCenters = () => {
      if (centers) return centers;
      centers = new Map();
      boundaries?.bounds.forEach((b, c) => centers!.set(c, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]));
      return centers;
    };
    return { centers: { get: (code: string) => allCenters().get(code) }, order: () => (order ??= keyboardOrder(rows, allCenters())) };
  }, [boundaries, rows]);
  const centers = lazy.centers;
  const show = (code: string) => {
    setFocus(code);
    place = code;
    onFocus(code, boundaries?.bounds.get(code));
  };
  /** Handles a walk key; false for any other key, which the renderer may use (zoom). */
  const onKey = (e: { key: string; preventDefault(): void }): boolean => {
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const codes = lazy.order();
      const from = focus ?? place;
      const next = nextRegion(codes, from && codes.includes(from) ? from : null, e.key as NavKey);
      if (next) show(next);
      return true;
    }
    if ((e.key === 'Enter' || e.key === ' ') && focus) {
      e.preventDefault();
      useViewStore.getState().selectRegion(focus);
      return true;
    }
    return false;
  };
  /**
   * The map got the keyboard back (Tab, or Esc from the region panel): the walk shows where it was. A click
   * gives focus without :focus-visible and shows nothing.
   */
  const resume = (el: Element) => {
    if (focus || !place || !el.matches(':focus-visible') || !lazy.order().includes(place)) return;
    show(place);
  };
  const row = focus ? rows.find((r) => r.region.code === focus) : undefined;
  return { focus, setFocus, centers, onKey, resume, row };
}
