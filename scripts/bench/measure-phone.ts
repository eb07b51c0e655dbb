// The reader on a phone: the first view over slow 3G at CPU ÷4, and the first drag's hand-over to MapLibre.
import type { Browser, Page } from 'playwright-core';
import { base, CLICK_VIEW } from './bench-config';

/** Watchers installed before any page script: long tasks, and when the national counts are first readable. */
const INIT = () => {
  const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __countsAt?: number; __countsSeen?: boolean };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // The summary's counts (count-utama…), or the same counts written into the HTML at build time: whichever
  // comes first, timed at the frame that shows it (never before the first contentful paint).
  const check = () => {
    if (w.__countsSeen) return;
    const el = document.querySelector('[data-testid^="count-"], [data-national-counts]');
    if (!el || !/\d/.test(el.textContent ?? '')) return;
    w.__countsSeen = true;
    requestAnimationFrame(() => (w.__countsAt = performance.now()));
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
};
const NAME_SHIM = { content: 'window.__name = (f) => f;' };

export const PHONE_3G = { downKbit: 400, upKbit: 400, rttMs: 400, cpu: 4, width: 390, height: 844 };

async function phonePage(browser: Browser, network: { downKbit: number; upKbit: number; rttMs: number } | null, cpu: number, mobile: boolean) {
  const context = await browser.newContext(
    mobile
      ? { viewport: { width: PHONE_3G.width, height: PHONE_3G.height }, locale: 'id-ID', isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 800 }, locale: 'id-ID' },
  );
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  if (network)
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.rttMs,
      downloadThroughput: (network.downKbit * 1000) / 8,
      uploadThroughput: (network.upKbit * 1000) / 8,
    });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  return { context, page };
}

const mark = (page: Page, name: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN, name);

export interface Phone3gResult {
  /**
   * First contentful paint, the national counts readable, the first coloured map on screen (ms after
   * navigation): the home page's own map painted before the app is in (`map:painted`, src/app/first-map.ts) or
   * the app's 2D map (`map:first`), whichever came first; `appMap`: the app's map, the one a reader can use.
   */
  fcp: number;
  countsAt: number;
  mapFirst: number;
  appMap: number;
  /** Bytes over the wire (compressed) of what had arrived by the first coloured map: the first view. */
  firstViewBytes: number;
  firstViewFiles: { file: string; bytes: number }[];
  /** Long tasks up to the first coloured map. */
  longest: number;
  longTasks: number;
}

/** A phone on slow 3G (400 kbit/s, 400 ms round trip, CPU ÷4, 390×844), cold: the way in, nothing touched. */
export async function measurePhone3g(browser: Browser): Promise<Phone3gResult> {
  const { context, page } = await phonePage(browser, PHONE_3G, PHONE_3G.cpu, true);
  await page.goto(`${base}/`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first').length > 0, null, { timeout: 180_000 });
  await page.waitForFunction(() => (window as unknown as { __countsAt?: number }).__countsAt !== undefined, null, { timeout: 60_000 });
  const appMap = await mark(page, 'map:first');
  const painted = await mark(page, 'map:painted');
  const mapFirst = Number.isNaN(painted) ? appMap : Math.min(painted, appMap);
  const r = await page.evaluate((until) => {
    const w = window as unknown as { __longTasks: { start: number; duration: number }[]; __countsAt: number };
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')] as PerformanceResourceTiming[];
    const files = entries.filter((e) => e.responseEnd <= until).map((e) => ({ file: new URL(e.name).pathname, bytes: e.encodedBodySize }));
    const tasks = w.__longTasks.filter((t) => t.start < until);
    return {
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      countsAt: w.__countsAt,
      firstViewFiles: files,
      firstViewBytes: files.reduce((s, f) => s + f.bytes, 0),
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
    };
  }, mapFirst);
  await context.close();
  return { ...r, mapFirst, appMap };
}

export interface FirstDragResult {
  /** The longest task from the drag's start to MapLibre's first frame (+300 ms). */
  longest: number;
  tasks: number;
  /** The part of those tasks over 50 ms, summed (Lighthouse's total blocking time, for the hand-over). */
  blocking: number;
  /** From the pointer down to MapLibre's map on screen. */
  handOverMs: number;
}

/** The first drag on the 2D map at CPU ÷4 (desktop viewport, no network throttling): the hand-over to MapLibre. */
export async function measureFirstDrag(browser: Browser): Promise<FirstDragResult> {
  const { context, page } = await phonePage(browser, null, 4, false);
  await page.goto(`${base}/?${CLICK_VIEW}`);
  await page.waitForFunction(() => performance.getEntriesByName('map:first').length > 0, null, { timeout: 180_000 });
  // The reader looks before reaching: the first view's own tasks are over.
  await page.waitForTimeout(2000);
  const box = (await page.locator('[data-testid="flat-map"]').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const t0 = await page.evaluate(() => performance.now());
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(x + i * 20, y + i * 8);
  await page.mouse.up();
  await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, { timeout: 180_000 });
  const ready = await mark(page, 'map:ready');
  await page.waitForTimeout(300);
  const r = await page.evaluate((from) => {
    const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((t) => t.start + t.duration >= from);
    return {
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      tasks: tasks.length,
      blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
    };
  }, t0);
  await context.close();
  return { ...r, handOverMs: ready - t0 };
}
