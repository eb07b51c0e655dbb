import { useEffect, type RefObject } from 'react';
import { useViewStore } from '@/state/store';
import type { Camera } from '@/state/view-state';
import { clampZoom } from './map-controller';
import { zoomAround } from './mercator';

/**
 * The 2D map's wheel: zooms about the pointer, one step per frame however fast the wheel turns, and tells
 * `onReach` once the wheel rests. A native listener: React's is passive, and the page must not scroll under the map.
 */
export function useWheelZoom(
  el: HTMLElement | null,
  latest: RefObject<{ camera: Camera | null; size: { width: number; height: number }; onReach?: (() => void) | undefined }>,
): void {
  useEffect(() => {
    if (!el) return;
    let pending: { delta: number; x: number; y: number } | null = null;
    let frame = 0;
    let settled = 0;
    const apply = () => {
      frame = 0;
      const { camera: cam, size: sz } = latest.current;
      if (!pending || !cam) return;
      const zoom = clampZoom(cam.zoom + Math.max(-1, Math.min(1, -pending.delta / 250)));
      if (zoom !== cam.zoom) useViewStore.getState().setCamera(zoomAround(cam, sz, [pending.x, pending.y], zoom));
      pending = null;
    };
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      // Reaching for the map, told once the wheel rests: loading MapLibre must not stall the zoom itself.
      clearTimeout(settled);
      settled = window.setTimeout(() => latest.current.onReach?.(), 150);
      const box = el.getBoundingClientRect();
      const delta = e.deltaY * (e.deltaMode === 1 ? 40 : 1) + (pending?.delta ?? 0);
      pending = { delta, x: e.clientX - box.left, y: e.clientY - box.top };
      if (!frame) frame = requestAnimationFrame(apply);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      el.removeEventListener('wheel', onWheel);
      cancelAnimationFrame(frame);
      clearTimeout(settled);
    };
  }, [el, latest]);
}
