import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/chromium';
import { median } from '../lib/median';

export interface LighthouseSummary {
  performance: number;
  accessibility: number;
  /** Median total blocking time and LCP of the runs. */
  tbtMs: number;
  lcpMs: number;
  runs: { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number }[];
}

/**
 * Lighthouse against Debian's Chromium, `runs` times; the median scores. `desktop`: its desktop preset;
 * `mobile`: its default profile (a mid-range phone: simulated slow 4G, CPU ÷4, 412×823).
 */
export async function runLighthouse(url: string, runs: number, formFactor: 'desktop' | 'mobile' = 'desktop'): Promise<LighthouseSummary> {
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
        formFactor === 'desktop' ? desktopConfig : undefined,
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
        `bench: lighthouse ${formFactor} run ${i + 1}/${runs}: performance ${results.at(-1)!.performance}, accessibility ${results.at(-1)!.accessibility}\n`,
      );
    } finally {
      chrome.kill();
    }
  }
  return {
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    tbtMs: median(results.map((r) => r.tbtMs)),
    lcpMs: median(results.map((r) => r.lcpMs)),
    runs: results,
  };
}
