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
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/chromium';
import { median } from '../lib/median';
import { runLighthouse, type LighthouseSummary } from './lighthouse';
import { startStaticServer } from './static-server';
import { base, benchDir, CLICK_REGION, dist, outDir, PORT, RUNS, type Variant } from './bench-config';
import { prepareBaselines } from './prepare-pages';
import { buildSizes } from './build-sizes';
import { measureFlat, measureLoad, measureRegionUrl, measureSlowLink, type LoadResult } from './measure-page';
import { measureFirstDrag, measurePhone3g, type FirstDragResult, type Phone3gResult } from './measure-phone';
import { measureMapLibreFloor, runReactFloorLighthouse } from './phone-floors';
import { phoneReportLines, phoneRunLine } from './phone-report';
import { kb, ms } from './bench-format';

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
  const flat: { filterMs: number; clickMs: number }[] = [];
  const order: Variant[] = ['floor', 'app', 'naive', 'bare', 'bareView'];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Rotate the order each run so drift on a shared machine does not favour one variant.
      for (const v of [...order.slice(run % order.length), ...order.slice(0, run % order.length)]) {
        loads[v].push(await measureLoad(browser, v));
        if (v === 'app' || v === 'naive') regionUrl[v].push(await measureRegionUrl(browser, v));
        if (v === 'app') flat.push(await measureFlat(browser));
        process.stderr.write(`bench: run ${run + 1}/${RUNS} ${v} map:ready ${Math.round(loads[v].at(-1)!.mapReady)} ms\n`);
      }
    }
    const slow = await measureSlowLink(browser);
    const phone: Phone3gResult[] = [];
    const drag: FirstDragResult[] = [];
    for (let run = 0; run < RUNS; run++) {
      phone.push(await measurePhone3g(browser));
      drag.push(await measureFirstDrag(browser));
      process.stderr.write(`bench: ${phoneRunLine(run + 1, RUNS, phone.at(-1)!, drag.at(-1)!)}\n`);
    }
    const floors = { maplibre: await measureMapLibreFloor(browser, RUNS), reactLighthouse: null as LighthouseSummary | null };
    await browser.close();
    const lighthouse = process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(`${base}/`, 3);
    const lighthouseMobile = process.env.BENCH_LIGHTHOUSE === '0' ? null : await runLighthouse(`${base}/`, 3, 'mobile');
    if (lighthouseMobile) floors.reactLighthouse = await runReactFloorLighthouse();
    const ph = (f: (r: Phone3gResult) => number) => median(phone.map(f));
    const dr = (f: (r: FirstDragResult) => number) => median(drag.map(f));
    const sizes = buildSizes();

    const med = (v: Variant, f: (r: LoadResult) => number | undefined) => median(loads[v].map((r) => f(r) ?? NaN));
    const rows: [string, number, number, number][] = [
      [
        'navigation → map:ready (app: MapLibre, reached for at the first map)',
        med('floor', (r) => r.mapReady),
        med('app', (r) => r.mapReady),
        med('naive', (r) => r.mapReady),
      ],
      [
        'filter → repaint (floor: one background colour change)',
        med('floor', (r) => r.filterMs),
        med('app', (r) => r.filterMs),
        med('naive', (r) => r.filterMs),
      ],
      ['  of which the page’s own handler', NaN, med('app', (r) => r.filterHandlerMs), med('naive', (r) => r.filterHandlerMs)],
      ['click → panel', NaN, med('app', (r) => r.clickMs), med('naive', (r) => r.clickMs)],
      ['filter → repaint, 2D map (next frame after the redraw)', NaN, median(flat.map((f) => f.filterMs)), NaN],
      ['click → panel, 2D map', NaN, median(flat.map((f) => f.clickMs)), NaN],
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
      {
        name: 'first coloured map ≤ 1.0 × floor map:ready',
        value: med('app', (r) => r.mapFirst) / rows[0]![1],
        limit: 1,
        ok: med('app', (r) => r.mapFirst) <= rows[0]![1],
      },
      {
        name: 'slow link: first coloured map ≤ 1.15 × summary',
        value: slow.mapFirst / slow.summaryAt,
        limit: 1.15,
        ok: slow.mapFirst <= 1.15 * slow.summaryAt,
      },
      { name: 'boundary data ≤ 100 KB gzip', value: sizes.boundaryGzip / 1024, limit: 100, ok: sizes.boundaryGzip <= 100 * 1024 },
      { name: 'app JS outside maplibre/react ≤ 60 KB gzip', value: sizes.appJsGzip / 1024, limit: 60, ok: sizes.appJsGzip <= 60 * 1024 },
      {
        name: 'MapLibre in its own lazy chunk',
        value: Number(sizes.maplibreOwnChunk && !sizes.maplibreInIndexHtml),
        limit: 1,
        ok: sizes.maplibreOwnChunk && !sizes.maplibreInIndexHtml,
      },
      { name: 'phone, slow 3G, CPU ÷4: national counts readable ≤ 2.5 s', value: ph((r) => r.countsAt) / 1000, limit: 2.5, ok: ph((r) => r.countsAt) <= 2500 },
      { name: 'phone, slow 3G, CPU ÷4: coloured map ≤ 5 s', value: ph((r) => r.mapFirst) / 1000, limit: 5, ok: ph((r) => r.mapFirst) <= 5000 },
      { name: 'first view ≤ 180 KB over the wire', value: ph((r) => r.firstViewBytes) / 1024, limit: 180, ok: ph((r) => r.firstViewBytes) <= 180 * 1024 },
      { name: 'first drag (CPU ÷4): longest task ≤ 200 ms', value: dr((r) => r.longest), limit: 200, ok: dr((r) => r.longest) <= 200 },
      ...(lighthouseMobile
        ? [
            {
              name: 'Lighthouse mobile performance ≥ 0.95 (median of 3)',
              value: lighthouseMobile.performance,
              limit: 0.95,
              ok: lighthouseMobile.performance >= 0.95,
            },
            { name: 'Lighthouse mobile total blocking time ≤ 150 ms', value: lighthouseMobile.tbtMs, limit: 150, ok: lighthouseMobile.tbtMs <= 150 },
          ]
        : []),
      { name: 'filter → repaint ≤ 100 ms median', value: rows[1]![2], limit: 100, ok: rows[1]![2] <= 100 },
      { name: 'click → panel ≤ 100 ms median', value: rows[3]![2], limit: 100, ok: rows[3]![2] <= 100 },
      { name: '2D map: filter → repaint ≤ 100 ms median', value: rows[4]![2], limit: 100, ok: rows[4]![2] <= 100 },
      { name: '2D map: click → panel ≤ 100 ms median', value: rows[5]![2], limit: 100, ok: rows[5]![2] <= 100 },
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
      `First coloured map (the 2D map, before MapLibre): ${ms(med('app', (r) => r.mapFirst))} = ${ratio(
        med('app', (r) => r.mapFirst),
        rows[0]![1],
      )} × the floor's map:ready (goal ≤ 1.0).`,
      `Slow link (4 Mbit/s, 150 ms RTT, CPU ÷4, phone viewport): summary readable at ${ms(slow.summaryAt)}, first coloured map at ${ms(slow.mapFirst)} (${ratio(slow.mapFirst, slow.summaryAt)} × summary, goal ≤ 1.15), reached for at the first map: MapLibre chunk arrived at ${ms(slow.maplibreEnd)}, map:ready at ${ms(slow.mapReady)}`,
      ...phoneReportLines(phone, drag, lighthouseMobile, floors),
      lighthouse
        ? `Lighthouse desktop, median of ${lighthouse.runs.length}: performance ${lighthouse.performance.toFixed(2)} (total blocking time ${ms(lighthouse.tbtMs)}), accessibility ${lighthouse.accessibility.toFixed(2)} (aim ≥ 0.90 and ≥ 0.95)`
        : 'Lighthouse: skipped (BENCH_LIGHTHOUSE=0)',
      '',
      'Budget:',
      ...budget.map((b) => `  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}  (${Number.isFinite(b.value) ? b.value.toFixed(2) : '–'})`),
    ];
    console.log(lines.join('\n'));
    mkdirSync(outDir, { recursive: true });
    const json = {
      date: new Date().toISOString(),
      runs: RUNS,
      loads,
      regionUrl,
      flat,
      slow,
      phone,
      drag,
      sizes,
      lighthouse,
      lighthouseMobile,
      floors,
      table: { rows, byteRows },
      budget,
    };
    writeFileSync(join(outDir, 'latest.json'), JSON.stringify(json, null, 1));
    console.log(`\nJSON: ${join('bench-results', 'latest.json')}`);
    process.exitCode = budget.every((b) => b.ok) ? 0 : 1;
  } finally {
    server.close();
    await browser.close().catch(() => {});
  }
}

void main();
