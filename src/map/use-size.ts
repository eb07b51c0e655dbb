import { useLayoutEffect, useState } from 'react';

/** The container's size, followed as it changes. */
export function useSize(el: HTMLElement | null) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Before paint: the map is drawn in the same frame as the page around it, not one frame later.
  useLayoutEffect(() => {
    if (!el) return;
    const read = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    read();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(read) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, [el]);
  return size;
}
