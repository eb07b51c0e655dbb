import { useMemo, useState } from 'react';
import type { Boundaries } from '@/data/load-boundaries';
import type { RegionRow } from '@/domain/select-regions';
import { useViewStore } from '@/state/store';
import { keyboardOrder, NAV_KEYS, nextRegion, type NavKey } from './keyboard-order';

/**
 * The map's keyboard walk, the same on both renderers: arrow keys move a focus ring region to region (province
 * by province, west to east), Enter or Space opens the focused one. `onFocus` lets the renderer bring the
 * region into view and outline it.
 */
export function useRegionWalk(
  rows: readonly RegionRow[],
  boundaries: Boundaries | undefined,
  onFocus: (code: string, center: [number, number] | undefined) => void,
) {
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
  /** Handles a walk key; false for any other key, which the renderer may use (zoom). */
  const onKey = (e: { key: string; preventDefault(): void }): boolean => {
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const codes = lazy.order();
      const next = nextRegion(codes, focus && codes.includes(focus) ? focus : null, e.key as NavKey);
      if (next) {
        setFocus(next);
        onFocus(next, centers.get(next));
      }
      return true;
    }
    if ((e.key === 'Enter' || e.key === ' ') && focus) {
      e.preventDefault();
      useViewStore.getState().selectRegion(focus);
      return true;
    }
    return false;
  };
  const row = focus ? rows.find((r) => r.region.code === focus) : undefined;
  return { focus, setFocus, centers, onKey, row };
}
