/**
 * `npm run bench:phone`: only the phone measures of `npm run bench` (slow 3G + CPU ÷4 way in, the first drag,
 * Lighthouse mobile), on the dist/ that is there, to iterate on issue 27 without the whole bench's 20 minutes.
 * BENCH_RUNS sets the runs (default 5), BENCH_LIGHTHOUSE=0 skips Lighthouse. Prints each run and the medians,
 * worded as `npm run bench` words them (phone-report.ts); the README's table is written from `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/chromium';
import { base, benchDir, dist, PORT, RUNS } from './bench-config';
import { runLighthouse } from './lighthouse';
import { measureFirstDrag, measurePhone3g, type FirstDragResult, type Phone3gResult } from './measure-phone';
import { measureMapLibreFloor, runReactFloorLighthouse } from './phone-floors';
import { phoneReportLines, phoneRunLine } from './phone-report';
import { prepareBaselines } from './prepare-pages';
import { startStaticServer } from './static-server';

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first');
  prepareBaselines();
  const server = await startStaticServer(
    [
      { prefix: '/_bench/', dir: benchDir },
      { prefix: '/', dir: dist },
    ],
    PORT,
  );
  const browser = await launchBrowser();
  const phone: Phone3gResult[] = [];
  const drag: FirstDragResult[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      phone.push(await measurePhone3g(browser));
      drag.push(await measureFirstDrag(browser));
      process.stdout.write(`${phoneRunLine(run + 1, RUNS, phone.at(-1)!, drag.at(-1)!)}\n`);
    }
    const maplibre = await measureMapLibreFloor(browser, RUNS);
    await browser.close();
    const lighthouse = process.env.BENCH_LIGHTHOUSE !== '0';
    const lighthouseMobile = lighthouse ? await runLighthouse(`${base}/`, 3, 'mobile') : null;
    const reactLighthouse = lighthouse ? await runReactFloorLighthouse() : null;
    process.stdout.write(`${phoneReportLines(phone, drag, lighthouseMobile, { maplibre, reactLighthouse }).join('\n')}\n`);
  } finally {
    server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
