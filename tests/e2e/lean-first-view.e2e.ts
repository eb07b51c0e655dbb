import { describe, expect, it } from 'vitest';
import { baseUrl, pointInFlatRegion, useBrowser } from './browser';

const browser = useBrowser();

describe('the lean first view', () => {
  it('draws the map from the outcomes file and asks for the full records only once the boundary file is in (never competing with the first map’s bytes)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/`);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/awards\.json/.test(e.name)), null, { timeout: 30000 });
    const t = await page.evaluate(() => {
      const at = (re: RegExp) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => re.test(e.name))?.startTime ?? NaN;
      const boundariesEnd =
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => /boundaries\.topo\.json/.test(e.name))?.responseEnd ?? NaN;
      return { outcomes: at(/awards-map\.json/), full: at(/\/awards\.json/), map: performance.getEntriesByName('map:first')[0]!.startTime, boundariesEnd };
    });
    expect(t.outcomes).toBeLessThan(t.map);
    expect(t.full).toBeGreaterThan(t.boundariesEnd);
    await context.close();
  });

  it('a region clicked before the full records arrive waits for them, with no partial fact, then shows its panel', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/data\/awards\.json/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/?map=7.2/-2.6/115.5`);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
    const p = await pointInFlatRegion(page, '63.06');
    await page.mouse.click(p.x, p.y);
    const wait = page.getByTestId('records-wait');
    await wait.waitFor({ timeout: 15000 });
    expect(await wait.getAttribute('aria-busy')).toBe('true');
    expect(await wait.locator('h2').textContent()).toContain('Hulu Sungai Selatan');
    expect(await wait.getByRole('status').textContent()).toContain('Memuat catatan lengkap');
    expect(await page.getByTestId('panel-status').count()).toBe(0);
    release();
    const panel = page.getByTestId('region-panel');
    await panel.waitFor({ timeout: 15000 });
    expect(await panel.getByTestId('panel-status').textContent()).toMatch(/Utama|Madya|Pratama/);
    expect(await panel.locator('a[rel="noopener noreferrer"]').count()).toBeGreaterThan(0);
    expect(await wait.count()).toBe(0);
    await context.close();
  });
});
