// One measurement of one page in a cold browser context: load, filter, click, region URL, slow link.
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { pointInFlatRegion, pointInsideRegion, reachForMap } from '../../tests/e2e/map-probe';
import { median } from '../lib/median';
import { base, CLICK_REGION, CLICK_VIEW, URLS, type Variant } from './bench-config';

/** Watchers installed before any page script: long tasks, when a region panel heading appears, the summary. */
const INIT = () => {
  const w = window as unknown as Record<string, unknown>;
  w.__longTasks = [] as { start: number; duration: number }[];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) (w.__longTasks as { start: number; duration: number }[]).push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener(
    'pointerdown',
    () => {
      w.__clickAt = performance.now();
      w.__panelAt = undefined;
    },
    true,
  );
  const check = () => {
    const h = document.querySelector('[data-testid="region-panel"] h2');
    if (h?.textContent && w.__panelAt === undefined && !w.__panelPending) {
      w.__panelPending = true;
      // The frame that shows it, not the DOM change before paint.
      requestAnimationFrame(() => {
        w.__panelAt = performance.now();
        w.__panelPending = false;
      });
    }
    if (w.__summaryAt === undefined && document.querySelector('.side-panel h2')) w.__summaryAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
};

/** tsx (esbuild, keepNames) wraps functions in `__name(...)`; functions sent to the page need it defined there. */
const NAME_SHIM = { content: 'window.__name = (f) => f;' };

export interface LoadResult {
  mapReady: number;
  bytes: Record<'js' | 'css' | 'data' | 'other' | 'total', number>;
  longTasks: { count: number; totalMs: number };
  filterMs?: number;
  filterHandlerMs?: number;
  clickMs?: number;
  summaryAt?: number;
  maplibreEnd?: number;
  /** The app's marks on the way to map:ready: MapLibre's code evaluated, boundaries handed to MapLibre. */
  mapCode?: number;
  mapData?: number;
  /** The first coloured map: the 2D map drawn before MapLibre (or in place of it). */
  mapFirst?: number;
}

/** The app's 2D map is the map until the reader reaches for it (drag, wheel): reached for as soon as it has drawn. */
async function reachAtFirstMap(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map:first').length > 0, null, { timeout: 180_000 });
  await reachForMap(page);
}

async function waitReady(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, { timeout: 180_000 });
  return page.evaluate(() => performance.getEntriesByName('map:ready')[0]!.startTime);
}

async function bytesOf(page: Page) {
  return page.evaluate(() => {
    const out = { js: 0, css: 0, data: 0, other: 0, total: 0 };
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    for (const e of entries) {
      const path = new URL(e.name).pathname;
      const kind = /\.m?js$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : /\.json$/.test(path) ? 'data' : 'other';
      out[kind] += e.encodedBodySize;
      out.total += e.encodedBodySize;
    }
    return out;
  });
}

/** Time from a filter change to the map's next idle (the repaint done), and to the end of the page's own handler. */
async function filterTiming(page: Page, variant: Variant): Promise<{ total: number; handler: number }> {
  const times: number[] = [];
  const handlers: number[] = [];
  for (const step of ['utama', null, 'madya']) {
    times.push(
      await page
        .evaluate(
          async ([v, category]) => {
            const w = window as unknown as { __petaUhcMap: { once(e: string, f: () => void): void }; __bench?: { filter(c: string | null): void } };
            const idle = new Promise<void>((resolve) => w.__petaUhcMap.once('idle', () => resolve()));
            const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000));
            const t0 = performance.now();
            if (v === 'app') (document.querySelector(`[data-testid="category-${category ?? 'utama'}"]`) as HTMLInputElement).click();
            // The floor has no regions: repainting its background is what one frame costs on this machine.
            else if (v === 'floor')
              (w.__petaUhcMap as unknown as { setPaintProperty(l: string, p: string, v: string): void }).setPaintProperty(
                'sea',
                'background-color',
                category ? '#dce8f0' : '#dbe7ef',
              );
            else w.__bench!.filter(category);
            // React handles a click synchronously (render, commit, effects that set the map's paint).
            const handler = performance.now() - t0;
            return [(await Promise.race([idle, timeout])) === 'timeout' ? NaN : performance.now() - t0, handler];
          },
          [variant, step] as const,
        )
        .then(([total, handler]) => {
          handlers.push(handler!);
          return total!;
        }),
    );
  }
  return { total: median(times), handler: median(handlers) };
}

/** A real click inside the region (found on MapLibre's map, or on the 2D map) → the panel's frame. */
async function clickTiming(page: Page, pointIn: typeof pointInsideRegion = pointInsideRegion): Promise<number> {
  const p = await pointIn(page, CLICK_REGION);
  await page.mouse.click(p.x, p.y);
  await page.waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt !== undefined, null, { timeout: 15_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __panelAt: number; __clickAt: number };
    return w.__panelAt - w.__clickAt;
  });
}

const DESKTOP = { viewport: { width: 1280, height: 800 }, locale: 'id-ID' };

/** A cold context (empty cache and storage) with the watchers installed. */
async function benchPage(browser: Browser, options: BrowserContextOptions = DESKTOP) {
  // No service worker: a cold first visit is what is measured, and files the worker serves report their
  // uncompressed size as encodedBodySize, which swelled the byte counts (MapLibre's chunk as 1 MB of "JS").
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(INIT);
  return { context, page };
}

function mapStages(page: Page) {
  return page.evaluate(() => ({
    mapCode: performance.getEntriesByName('map:code')[0]?.startTime ?? NaN,
    mapData: performance.getEntriesByName('map:data')[0]?.startTime ?? NaN,
    mapFirst: performance.getEntriesByName('map:first')[0]?.startTime ?? NaN,
  }));
}

/** When the summary heading appeared and when the MapLibre chunk finished downloading. */
function summaryAndMaplibre(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __summaryAt?: number };
    const ml = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (e) => /maplibre-[^/]*\.js$/.test(e.name) && !/worker/.test(e.name),
    );
    return { summaryAt: w.__summaryAt ?? NaN, maplibreEnd: ml?.responseEnd ?? NaN };
  });
}

export async function measureLoad(browser: Browser, variant: Variant): Promise<LoadResult> {
  const { context, page } = await benchPage(browser);
  const sep = URLS[variant].includes('?') ? '&' : '?';
  await page.goto(`${base}${URLS[variant]}${variant === 'floor' ? '' : `${sep}${CLICK_VIEW}`}`);
  if (variant === 'app') await reachAtFirstMap(page);
  const mapReady = await waitReady(page);
  await page.waitForTimeout(500);
  const bytes = await bytesOf(page);
  const longTasks = await page.evaluate((ready) => {
    const t = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((x) => x.start < ready);
    return { count: t.length, totalMs: t.reduce((s, x) => s + x.duration, 0) };
  }, mapReady);
  const result: LoadResult = { mapReady, bytes, longTasks };
  if (variant === 'app') Object.assign(result, await summaryAndMaplibre(page), await mapStages(page));
  if (variant === 'bare' || variant === 'bareView') {
    await context.close();
    return result;
  }
  if (variant !== 'floor') result.clickMs = await clickTiming(page);
  {
    const f = await filterTiming(page, variant);
    result.filterMs = f.total;
    result.filterHandlerMs = f.handler;
  }
  await context.close();
  return result;
}

export async function measureRegionUrl(browser: Browser, variant: Variant): Promise<number> {
  const { context, page } = await benchPage(browser);
  await page.goto(`${base}${URLS[variant]}?region=${CLICK_REGION}`);
  await page.waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt !== undefined, null, { timeout: 180_000 });
  const at = await page.evaluate(() => (window as unknown as { __panelAt: number }).__panelAt);
  await context.close();
  return at;
}

/**
 * The 2D map as a reader meets it (MapLibre not loaded): filter → the next frame after the canvas has been
 * redrawn (React draws it in the click's own commit), and click → region panel painted.
 */
export async function measureFlat(browser: Browser): Promise<{ filterMs: number; clickMs: number }> {
  const { context, page } = await benchPage(browser);
  await page.goto(`${base}/?${CLICK_VIEW}`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first').length > 0, null, { timeout: 180_000 });
  // The filter column follows the map in a transition.
  await page.locator('[data-testid="category-madya"]').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300);
  const times: number[] = [];
  for (const category of ['utama', 'utama', 'madya']) {
    times.push(
      await page.evaluate(async (c) => {
        const t0 = performance.now();
        (document.querySelector(`[data-testid="category-${c}"]`) as HTMLInputElement).click();
        await new Promise((r) => requestAnimationFrame(r));
        return performance.now() - t0;
      }, category),
    );
  }
  const clickMs = await clickTiming(page, pointInFlatRegion);
  await context.close();
  return { filterMs: median(times), clickMs };
}

/** The first view over a slow mobile link (CDP throttling): is the summary readable before MapLibre arrives? */
export async function measureSlowLink(browser: Browser) {
  const { context, page } = await benchPage(browser, { viewport: { width: 390, height: 844 }, locale: 'id-ID', isMobile: true, hasTouch: true });
  const cdp = await context.newCDPSession(page);
  // ~"Slow 4G": 4 Mbit/s down, 1.5 Mbit/s up, 150 ms round trip; 4× CPU slowdown as a mid-range phone.
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (4 * 1024 * 1024) / 8,
    uploadThroughput: (1.5 * 1024 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${base}/`);
  await reachAtFirstMap(page);
  const mapReady = await waitReady(page);
  const r = await summaryAndMaplibre(page);
  const { mapFirst } = await mapStages(page);
  await context.close();
  return { ...r, mapReady, mapFirst };
}
