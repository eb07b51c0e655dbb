/**
 * `npm run bench:phone`: only the phone measures of `npm run bench` (slow 3G + CPU ÷4 way in, the first drag,
 * Lighthouse mobile), on the dist/ that is there, to iterate on issue 27 without the whole bench's 20 minutes.
 * BENCH_RUNS sets the runs (default 5), BENCH_LIGHTHOUSE=0 skips Lighthouse. Prints each run and the medians;
 * the README's table is written from `npm run bench`, which measures the same way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/chromium';
import { median } from '../lib/median';
import { base, dist, PORT, RUNS } from './bench-config';
import { runLighthouse } from './lighthouse';
import { measureFirstDrag, measurePhone3g, type FirstDragResult, type Phone3gResult } from './measure-phone';
import { startStaticServer } from './static-server';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main() {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npx vite build` first');
  const server = await startStaticServer([{ prefix: '/', dir: dist }], PORT);
  const browser = await launchBrowser();
  const phone: Phone3gResult[] = [];
  const drag: FirstDragResult[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const p = await measurePhone3g(browser);
      phone.push(p);
      const d = await measureFirstDrag(browser);
      drag.push(d);
      process.stdout.write(
        `run ${run + 1}: fcp ${Math.round(p.fcp)} ms, counts ${Math.round(p.countsAt)} ms, map ${Math.round(p.mapFirst)} ms, ${kb(p.firstViewBytes)}, longest ${Math.round(p.longest)} ms (${p.longTasks} long); drag longest ${Math.round(d.longest)} ms, hand-over ${Math.round(d.handOverMs)} ms\n`,
      );
    }
    await browser.close();
    const ph = (f: (r: Phone3gResult) => number) => Math.round(median(phone.map(f)));
    process.stdout.write(
      `median: fcp ${ph((r) => r.fcp)} ms, counts ${ph((r) => r.countsAt)} ms, map ${ph((r) => r.mapFirst)} ms, first view ${kb(median(phone.map((r) => r.firstViewBytes)))}, longest ${ph((r) => r.longest)} ms; drag longest ${Math.round(median(drag.map((d) => d.longest)))} ms\n`,
    );
    process.stdout.write(`files: ${phone[0]!.firstViewFiles.map((f) => `${f.file.replace(/^.*\//, '')} ${kb(f.bytes)}`).join(', ')}\n`);
    if (process.env.BENCH_LIGHTHOUSE !== '0') {
      const lh = await runLighthouse(`${base}/`, 3, 'mobile');
      process.stdout.write(
        `lighthouse mobile: ${lh.performance.toFixed(2)}, TBT ${Math.round(lh.tbtMs)} ms, LCP ${Math.round(lh.lcpMs)} ms (runs ${lh.runs.map((r) => `${r.performance.toFixed(2)}/${Math.round(r.tbtMs)}`).join(', ')})\n`,
      );
    }
  } finally {
    server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
