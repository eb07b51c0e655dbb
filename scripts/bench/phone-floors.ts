/**
 * What the phone budgets cannot go below on the machine the bench runs on, measured in the same run as the app:
 * - the MapLibre floor: a blank MapLibre map (the bench's floor page: the app's style, no data) opened at CPU ÷4
 *   in the first drag's viewport; its longest task is what any hand-over to MapLibre carries at the least
 *   (context creation, the first frames: on a machine without a GPU, SwiftShader's work waited for at commit);
 * - the React floor: the home page's own HTML, styles and preloads with React rendering one line in place of the
 *   app (react-floor-page.ts), under Lighthouse mobile: the score and blocking time of React alone on this page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { base, benchDir, dist, root, URLS } from './bench-config';
import { runLighthouse, type LighthouseSummary } from './lighthouse';

const REACT_FLOOR_URL = '/_bench/react-floor.html';

/** The React floor page in benchDir: dist/index.html with its app script and module preloads swapped for React's line. */
async function buildReactFloor(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: benchDir,
      emptyOutDir: false,
      copyPublicDir: false,
      modulePreload: false,
      rollupOptions: { input: join(root, 'scripts/bench/react-floor-page.ts'), output: { entryFileNames: 'react-floor.js', format: 'es' } },
    },
  });
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const page = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<script type="module"[^>]*src="[^"]*"><\/script>/, '<script type="module" src="/_bench/react-floor.js"></script>');
  if (page === html || !page.includes('react-floor.js')) throw new Error('react floor: the app script was not found in dist/index.html');
  writeFileSync(join(benchDir, 'react-floor.html'), page);
}

export interface MapLibreFloor {
  /** Longest task from navigation to the blank map's first idle (+300 ms), per run. */
  longest: number[];
}

/** The blank MapLibre map at CPU ÷4, desktop viewport (as measureFirstDrag), `runs` cold loads. */
export async function measureMapLibreFloor(browser: Browser, runs: number): Promise<MapLibreFloor> {
  const longest: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longest: number };
      w.__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${base}${URLS.floor}`);
    await page.waitForFunction(() => performance.getEntriesByName('map:ready').length > 0, null, { timeout: 180_000 });
    await page.waitForTimeout(300);
    longest.push(await page.evaluate(() => (window as unknown as { __longest: number }).__longest));
    await context.close();
  }
  return { longest };
}

export interface PhoneFloors {
  maplibre: MapLibreFloor;
  /** Lighthouse mobile on the React floor page; null when Lighthouse was skipped. */
  reactLighthouse: LighthouseSummary | null;
}

/** Lighthouse mobile, median of 3, on the React floor page (built first). Lighthouse starts a browser of its own. */
export async function runReactFloorLighthouse(): Promise<LighthouseSummary> {
  await buildReactFloor();
  return runLighthouse(`${base}${REACT_FLOOR_URL}`, 3, 'mobile');
}
