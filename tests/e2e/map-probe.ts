import type { Page } from 'playwright-core';

// No vitest imports here: the bench (scripts/bench) uses this too, outside the test runner.

/**
 * A screen point inside a region's rendered polygon: scans its bounding box for a pixel where
 * MapLibre reports that region and nothing covers the map, so the click lands on the region and not on a
 * neighbour or an overlay.
 */
/** The share of the screen where a map (MapLibre's or the 2D one) is the topmost element, not the header, the sheet or an overlay. */
export function mapOnTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    let hit = 0;
    let n = 0;
    for (let y = 4; y < innerHeight; y += 8) {
      for (let x = 4; x < innerWidth; x += 8) {
        n++;
        if (document.elementFromPoint(x, y)?.closest('[data-testid="map"], [data-testid="flat-map"], .map-stage-gl, .flat-map')) hit++;
      }
    }
    return hit / n;
  });
}

export const PROVINCE_LAYER = { source: 'provinces', fill: 'provinces-fill', key: 'prov' };

export async function pointInsideRegion(
  page: Page,
  code: string,
  layer = { source: 'regions', fill: 'regions-fill', key: 'code' },
): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([c, source, fill, key]) => {
      type F = { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } };
      const map = (window as unknown as { __petaUhcMap: any }).__petaUhcMap;
      const features = map.querySourceFeatures(source, { filter: ['==', ['get', key], c] }) as F[];
      const coords: [number, number][] = [];
      const walk = (v: unknown) => (Array.isArray(v) && typeof v[0] === 'number' ? coords.push(v as [number, number]) : Array.isArray(v) && v.forEach(walk));
      features.forEach((f) => walk(f.geometry.coordinates));
      if (!coords.length) return null;
      const xs = coords.map((q) => q[0]);
      const ys = coords.map((q) => q[1]);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      for (let step = 2; step <= 16; step *= 2) {
        for (let i = 1; i < step; i++) {
          for (let j = 1; j < step; j++) {
            const pt = map.project([minX + ((maxX - minX) * i) / step, minY + ((maxY - minY) * j) / step]);
            const canvas = map.getCanvas();
            if (pt.x < 2 || pt.y < 2 || pt.x > canvas.clientWidth - 2 || pt.y > canvas.clientHeight - 2) continue;
            // Not under the legend, a tooltip or a panel drawn over the map: the point must show the canvas itself.
            const rect = canvas.getBoundingClientRect();
            if (document.elementFromPoint(rect.left + pt.x, rect.top + pt.y) !== canvas) continue;
            const hit = map.queryRenderedFeatures([pt.x, pt.y], { layers: [fill] }) as F[];
            if (hit[0]?.properties[key!] === c) return { x: pt.x, y: pt.y };
          }
        }
      }
      return null;
    },
    [code, layer.source, layer.fill, layer.key] as const,
  );
  if (!p) throw new Error(`no rendered point found inside ${code}`);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  return { x: box!.x + p.x, y: box!.y + p.y };
}

/**
 * A page point inside a region as the 2D map draws it: the map's own hit test names the region there and
 * nothing (legend, tooltip) covers the canvas. Scans ever finer grids, away from the region's edges first.
 */
export async function pointInFlatRegion(page: Page, code: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((c) => {
    const probe = (window as unknown as { __petaUhcFlatMap?: { codeAt(x: number, y: number): string | undefined } }).__petaUhcFlatMap;
    const canvas = document.querySelector('[data-testid="flat-map"] canvas');
    if (!probe || !canvas) return null;
    const r = canvas.getBoundingClientRect();
    const inside = (x: number, y: number) => probe.codeAt(x, y) === c && document.elementFromPoint(r.left + x, r.top + y) === canvas;
    for (let step = 8; step <= 256; step *= 2) {
      for (let i = 1; i < step; i++) {
        for (let j = 1; j < step; j++) {
          const x = (r.width * i) / step;
          const y = (r.height * j) / step;
          // Well inside: the points a few pixels around are the region's too.
          if (inside(x, y) && inside(x - 4, y) && inside(x + 4, y) && inside(x, y - 4) && inside(x, y + 4)) return { x: r.left + x, y: r.top + y };
        }
      }
    }
    return null;
  }, code);
  if (!p) throw new Error(`no point of ${code} on the 2D map`);
  return p;
}

/** The wheel turned on the 2D map (by nothing, so the view stays): reaching for the map brings MapLibre's. */
export async function reachForMap(page: Page): Promise<void> {
  await page.locator('[data-testid="flat-map"]').dispatchEvent('wheel', { deltaY: 0 });
}
