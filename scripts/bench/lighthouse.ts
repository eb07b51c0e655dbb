import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { median } from '../lib/median';

export interface LighthouseSummary {
  performance: number;
  accessibility: number;
  runs: { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number }[];
}

/** Lighthouse with the desktop preset against Debian's Chromium, `runs` times; the median scores. */
export async function runLighthouse(url: string, runs: number): Promise<LighthouseSummary> {
  const { default: lighthouse } = await import('lighthouse');
  const { default: desktopConfig } = await import('lighthouse/core/config/desktop-config.js');
  const chromeLauncher = await import('chrome-launcher');
  const results: LighthouseSummary['runs'] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
    });
    try {
      const r = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
        desktopConfig,
      );
      const lhr = r!.lhr;
      results.push({
        performance: lhr.categories.performance?.score ?? NaN,
        accessibility: lhr.categories.accessibility?.score ?? NaN,
        lcpMs: Number(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Number(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        cls: Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN),
      });
      process.stderr.write(
        `bench: lighthouse run ${i + 1}/${runs}: performance ${results.at(-1)!.performance}, accessibility ${results.at(-1)!.accessibility}\n`,
      );
    } finally {
      chrome.kill();
    }
  }
  return { performance: median(results.map((r) => r.performance)), accessibility: median(results.map((r) => r.accessibility)), runs: results };
}
