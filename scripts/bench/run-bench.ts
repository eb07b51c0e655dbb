/**
 * `npm run bench`: the production build served as a static host would (gzip, cache headers), measured in
 * headless Chromium side by side with two baselines in the same run:
 *   floor — a blank MapLibre map with the app's style and no data;
 *   naive — the raw npm GADM GeoJSON loaded straight into MapLibre, rebuilt with setData per filter;
 *   and, for map:ready only, bare — the app's own map (boundary file, style, layers, colours) with no UI: the
 *   best the app could do with MapLibre on this machine — and bareView, the same with only the regions of the
 *   province in view: the cost of drawing any GeoJSON at all.
 * Prints a table with medians, ratios and the budget, writes bench-results/latest.json, exits 1 when a
 * budget is missed. BENCH_RUNS (default 5) sets the runs per variant; BENCH_LIGHTHOUSE=0 skips Lighthouse.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { highestOutcome } from '../../src/domain/category-status';
import { createDataset } from '../../src/domain/dataset';
import type { RegionsFile } from '../../src/domain/regions';
import { selectRegionRows } from '../../src/domain/select-regions';
import type { AwardsFile } from '../../src/data/awards-file';
import { baseStyle, hatchPattern, mapStyle } from '../../src/map/map-style';
import { paintStates } from '../../src/shared/region-paint';
import { launchBrowser } from '../../tests/e2e/chromium';
import { pointInsideRegion } from '../../tests/e2e/map-probe';
import { crosswalkGadmFeature, type GadmProps } from '../boundaries/gadm-crosswalk';
import { median } from '../lib/median';
import { readGazetteer } from '../lib/read-gazetteer';
import { runLighthouse } from './lighthouse';
import { startStaticServer } from './static-server';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const benchDir = join(root, '.cache/bench-site');
const outDir = join(root, 'bench-results');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const base = `http://127.0.0.1:${PORT}`;
const CLICK_REGION = '63.06'; // Hulu Sungai Selatan
const CLICK_VIEW = 'map=7.2/-2.6/115.5'; // Kalimantan Selatan: map:ready is measured on this view

type Variant = 'floor' | 'app' | 'naive' | 'bare' | 'bareView';
const URLS: Record<Variant, string> = {
  floor: '/_bench/floor.html',
  app: '/',
  naive: '/_bench/naive.html',
  bare: '/_bench/bare.html',
  bareView: `/_bench/bare.html?only=${CLICK_REGION.slice(0, 2)}`,
};

/** Baseline pages, MapLibre's prebuilt bundle, the raw GADM file and its join to award categories. */
function prepareBaselines() {
  mkdirSync(benchDir, { recursive: true });
  const pages = join(root, 'scripts/bench/pages');
  // The baselines draw with the app's own style (background, no paint fades), so differences are the data.
  const awards = JSON.parse(readFileSync(join(root, 'public/data/awards.json'), 'utf8')) as AwardsFile;
  const bare = bareMap(awards);
  for (const f of readdirSync(pages)) {
    const text = readFileSync(join(pages, f), 'utf8')
      .replace('__APP_STYLE__', JSON.stringify(baseStyle()))
      .replace('__BARE_STYLE__', JSON.stringify(bare.style))
      .replace('__BARE_STATES__', JSON.stringify(bare.states))
      .replace('__BARE_HATCH__', JSON.stringify(bare.hatch));
    writeFileSync(join(benchDir, f), text);
  }
  const maplibre = dirname(require.resolve('maplibre-gl/package.json'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs']) copyFileSync(join(maplibre, 'dist', f), join(benchDir, f));
  copyFileSync(join(maplibre, 'dist/maplibre-gl.css'), join(benchDir, 'maplibre-gl.css'));
  const gadmPath = require.resolve('geojson-indonesia/geojson/gadm41_IDN_2.json');
  copyFileSync(gadmPath, join(benchDir, 'gadm.json'));
  const gadm = JSON.parse(readFileSync(gadmPath, 'utf8')) as { features: { properties: GadmProps }[] };
  const year = Math.max(...awards.records.map((r) => r.year));
  const gz = readGazetteer();
  const joins = gadm.features.map((f) => {
    const row = crosswalkGadmFeature(f.properties, gz);
    if (row.status !== 'matched') return null;
    return { code: row.code, category: highestOutcome(awards.records.filter((r) => r.code === row.code && r.year === year)) ?? null };
  });
  writeFileSync(join(benchDir, 'joins.json'), JSON.stringify(joins));
}

/** The bare page's inputs: the app's style and start colours, and topojson-client to read the app's boundary file. */
function bareMap(awards: AwardsFile) {
  copyFileSync(require.resolve('topojson-client/dist/topojson-client.min.js'), join(benchDir, 'topojson-client.min.js'));
  const style = mapStyle();
  const regions = JSON.parse(readFileSync(join(root, 'public/data/regions.json'), 'utf8')) as RegionsFile;
  const ds = createDataset({ ...regions, ...awards });
  const rows = selectRegionRows(ds, { year: ds.latestYear, provinces: [], categories: [], changes: [] });
  const hatch = hatchPattern();
  return { style, states: Object.fromEntries(paintStates(rows, null)), hatch: { width: hatch.width, height: hatch.height, data: [...hatch.data] } };
}

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

interface LoadResult {
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

async function clickTiming(page: Page): Promise<number> {
  const p = await pointInsideRegion(page, CLICK_REGION);
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
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.addInitScript(NAME_SHIM);
  await page.addInitScript(INIT);
  return { context, page };
}

function mapStages(page: Page) {
  return page.evaluate(() => ({
    mapCode: performance.getEntriesByName('map:code')[0]?.startTime ?? NaN,
    mapData: performance.getEntriesByName('map:data')[0]?.startTime ?? NaN,
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

async function measureLoad(browser: Browser, variant: Variant): Promise<LoadResult> {
  const { context, page } = await benchPage(browser);
  const sep = URLS[variant].includes('?') ? '&' : '?';
  await page.goto(`${base}${URLS[variant]}${variant === 'floor' ? '' : `${sep}${CLICK_VIEW}`}`);
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

async function measureRegionUrl(browser: Browser, variant: Variant): Promise<number> {
  const { context, page } = await benchPage(browser);
  await page.goto(`${base}${URLS[variant]}?region=${CLICK_REGION}`);
  await page.waitForFunction(() => (window as unknown as { __panelAt?: number }).__panelAt !== undefined, null, { timeout: 180_000 });
  const at = await page.evaluate(() => (window as unknown as { __panelAt: number }).__panelAt);
  await context.close();
  return at;
}

/** The first view over a slow mobile link (CDP throttling): is the summary readable before MapLibre arrives? */
async function measureSlowLink(browser: Browser) {
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
  const mapReady = await waitReady(page);
  const r = await summaryAndMaplibre(page);
  await context.close();
  return { ...r, mapReady };
}

/** Sizes of the built files, gzip -9: the app's own JS outside MapLibre and React, and the boundary file. */
function buildSizes() {
  const assets = join(dist, 'assets');
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const isVendor = (f: string) => /^(maplibre|react)[-.]/.test(f) || /worker/.test(f);
  const appJs = js.filter((f) => !isVendor(f)).map((f) => ({ file: f, gzip: gz(join(assets, f)) }));
  const maplibreChunk = js.find((f) => /^maplibre[-.]/.test(f) && !/worker/.test(f));
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    appJsGzip: appJs.reduce((s, x) => s + x.gzip, 0),
    appJsFiles: appJs,
    reactGzip: js.filter((f) => /^react[-.]/.test(f)).reduce((s, f) => s + gz(join(assets, f)), 0),
    maplibreGzip: maplibreChunk ? gz(join(assets, maplibreChunk)) : 0,
    maplibreOwnChunk: !!maplibreChunk,
    maplibreInIndexHtml: maplibreChunk ? index.includes(maplibreChunk) : true,
    boundaryGzip: gz(join(dist, 'data/boundaries.topo.json')),
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : `${Math.round(n)} ms`);
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '–');

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: npm run bench builds it first');
  prepareBaselines();
  const server = await startStaticServer(
    [
      { prefix: '/_bench/', dir: benchDir },
      { prefix: '/', dir: dist },
    ],
    PORT,
  );
  const browser = await launchBrowser();
  const loads: Record<Variant, LoadResult[]> = { floor: [], app: [], naive: [], bare: [], bareView: [] };
  const regionUrl: Record<'app' | 'naive', number[]> = { app: [], naive: [] };
  const order: Variant[] = ['floor', 'app', 'naive', 'bare', 'bareView'];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order each run so drift on a shared machine does not favour one variant.
      for (const v of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
        loads[v].push(await measureLoad(browser, v));
        if (v === 'app' || v === 'naive') regionUrl[v].push(await measureRegionUrl(browser, v));
        process.stderr.write(`bench: run ${run + 1}/${RUNS} ${v} map:ready ${Math.round(loads[v].at(-1)!.mapReady)} ms\n`);
      }
    }
    const slow = await measureSlowLink(browser);
    await browser.close();
    const lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(`${base}/`, 3);
    const sizes = buildSizes();

    const med = (v: Variant, f: (r: LoadResult) => number | undefined) => median(loads[v].map((r) => f(r) ?? NaN));
    const rows: [string, number, number, number][] = [
      ['navigation → map:ready', med('floor', (r) => r.mapReady), med('app', (r) => r.mapReady), med('naive', (r) => r.mapReady)],
      [
        'filter → repaint (floor: one background colour change)',
        med('floor', (r) => r.filterMs),
        med('app', (r) => r.filterMs),
        med('naive', (r) => r.filterMs),
      ],
      ['  of which the page’s own handler', NaN, med('app', (r) => r.filterHandlerMs), med('naive', (r) => r.filterHandlerMs)],
      ['click → panel', NaN, med('app', (r) => r.clickMs), med('naive', (r) => r.clickMs)],
      ['URL region= → panel', NaN, median(regionUrl.app), median(regionUrl.naive)],
      [
        'long tasks before map:ready (ms total)',
        med('floor', (r) => r.longTasks.totalMs),
        med('app', (r) => r.longTasks.totalMs),
        med('naive', (r) => r.longTasks.totalMs),
      ],
      [
        'long tasks before map:ready (count)',
        med('floor', (r) => r.longTasks.count),
        med('app', (r) => r.longTasks.count),
        med('naive', (r) => r.longTasks.count),
      ],
    ];
    const byteRows: [string, number, number, number][] = (['js', 'css', 'data', 'total'] as const).map((k) => [
      `bytes transferred: ${k} (gzip)`,
      med('floor', (r) => r.bytes[k]),
      med('app', (r) => r.bytes[k]),
      med('naive', (r) => r.bytes[k]),
    ]);
    const appReady = rows[0]![2];
    const budget = [
      { name: 'map:ready ≤ 1.2 × floor', value: appReady / rows[0]![1], limit: 1.2, ok: appReady <= 1.2 * rows[0]![1] },
      { name: 'map:ready ≤ 0.5 × naive', value: appReady / rows[0]![3], limit: 0.5, ok: appReady <= 0.5 * rows[0]![3] },
      { name: 'boundary data ≤ 100 KB gzip', value: sizes.boundaryGzip / 1024, limit: 100, ok: sizes.boundaryGzip <= 100 * 1024 },
      { name: 'app JS outside maplibre/react ≤ 60 KB gzip', value: sizes.appJsGzip / 1024, limit: 60, ok: sizes.appJsGzip <= 60 * 1024 },
      {
        name: 'MapLibre in its own lazy chunk',
        value: Number(sizes.maplibreOwnChunk && !sizes.maplibreInIndexHtml),
        limit: 1,
        ok: sizes.maplibreOwnChunk && !sizes.maplibreInIndexHtml,
      },
      { name: 'filter → repaint ≤ 100 ms median', value: rows[1]![2], limit: 100, ok: rows[1]![2] <= 100 },
      { name: 'click → panel ≤ 100 ms median', value: rows[3]![2], limit: 100, ok: rows[3]![2] <= 100 },
    ];
    const lines = [
      `Peta UHC bench — ${RUNS} runs per variant, medians (headless Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, SwiftShader WebGL, gzip static server)`,
      '',
      '| metric | floor | app | naive | app ÷ floor | app ÷ naive |',
      '|---|---|---|---|---|---|',
      ...rows.map(
        ([n, f, a, v]) =>
          `| ${n} | ${/count/.test(n) ? f : ms(f)} | ${/count/.test(n) ? a : ms(a)} | ${/count/.test(n) ? v : ms(v)} | ${ratio(a, f)} | ${ratio(a, v)} |`,
      ),
      ...byteRows.map(([n, f, a, v]) => `| ${n} | ${kb(f)} | ${kb(a)} | ${kb(v)} | ${ratio(a, f)} | ${ratio(a, v)} |`),
      '',
      `Build (gzip -9): app JS ${kb(sizes.appJsGzip)} (${sizes.appJsFiles.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ')}); react ${kb(sizes.reactGzip)}; maplibre ${kb(sizes.maplibreGzip)}; boundaries ${kb(sizes.boundaryGzip)}`,
      `Where the app's time to map:ready goes (medians): MapLibre's code evaluated at ${ms(med('app', (r) => r.mapCode))}, boundaries handed to MapLibre at ${ms(med('app', (r) => r.mapData))}, map:ready at ${ms(appReady)}.`,
      `The same map with no UI (bare: MapLibre, the app's boundary file, style and colours, loaded as the app does): map:ready ${ms(med('bare', (r) => r.mapReady))} = ${ratio(
        med('bare', (r) => r.mapReady),
        rows[0]![1],
      )} × floor, ${ratio(
        med('bare', (r) => r.mapReady),
        rows[0]![3],
      )} × naive; with only the ${CLICK_REGION.slice(0, 2)} province's regions in it and no province lines: ${ms(med('bareView', (r) => r.mapReady))} = ${ratio(
        med('bareView', (r) => r.mapReady),
        rows[0]![1],
      )} × floor.`,
      `Slow link (4 Mbit/s, 150 ms RTT, CPU ÷4, phone viewport): summary readable at ${ms(slow.summaryAt)}, MapLibre chunk arrived at ${ms(slow.maplibreEnd)}, map:ready at ${ms(slow.mapReady)}`,
      lighthouse
        ? `Lighthouse desktop, median of ${lighthouse.runs.length}: performance ${lighthouse.performance.toFixed(2)}, accessibility ${lighthouse.accessibility.toFixed(2)} (aim ≥ 0.90 and ≥ 0.95)`
        : 'Lighthouse: skipped (BENCH_LIGHTHOUSE=0)',
      '',
      'Budget:',
      ...budget.map((b) => `  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}  (${Number.isFinite(b.value) ? b.value.toFixed(2) : '–'})`),
    ];
    console.log(lines.join('\n'));
    mkdirSync(outDir, { recursive: true });
    const json = { date: new Date().toISOString(), runs: RUNS, loads, regionUrl, slow, sizes, lighthouse, table: { rows, byteRows }, budget };
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(json, null, 1));
    console.log(`\nJSON: ${join('bench-results', 'latest.json')}`);
    process.exitCode = budget.every((b) => b.ok) ? 0 : 1;
  } finally {
    server.close();
    await browser.close().catch(() => {});
  }
}

void main();
