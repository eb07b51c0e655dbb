import { useMemo, useRef, useState } from 'react';
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
  const centers = useMemo(() => {
    const m = new Map<string, [number, number]>();
    const centerOf = (code: string): [number, number] | undefined => {
      if (!m.size) boundaries?.bounds.forEach((b, c) => m.set(c, [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2]));
      return m.get(code);
    };
    return { get: centerOf, all: () => (centerOf(''), m) };
  }, [boundaries]);
  const order = useRef<{ rows: readonly RegionRow[]; centers: unknown; codes: string[] } | null>(null);
  const orderNow = () => {
    if (order.current?.rows !== rows || order.current.centers !== centers) order.current = { rows, centers, codes: keyboardOrder(rows, centers.all()) };
    return order.current.codes;
  };
  /** Handles a walk key; false for any other key, which the renderer may use (zoom). */
  const onKey = (e: { key: string; preventDefault(): void }): boolean => {
    if (NAV_KEYS.includes(e.key)) {
      e.preventDefault();
      const codes = orderNow();
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
