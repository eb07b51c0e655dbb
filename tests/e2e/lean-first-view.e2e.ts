import { describe, expect, it } from 'vitest';
import { baseUrl, pointInFlatRegion, useBrowser } from './browser';

const browser = useBrowser();

describe('the lean first view', () => {
  it('draws all Indonesia from the outcomes file and the coarse boundary file; the full records, then the full boundaries, come after the first map, drawn once zoomed in', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let fullAsked = false;
    await page.route(/\/data\/boundaries\.topo\.json/, async (route) => {
      fullAsked = true;
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/`);
    await page.locator('[data-testid="flat-map"][data-ready="true"][data-boundaries="first-view"]').waitFor({ timeout: 30000 });
    await expect.poll(() => fullAsked, { timeout: 30000 }).toBe(true);
    release();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/boundaries\.topo\.json/.test(e.name)), null, { timeout: 30000 });
    // The national map stays drawn from the coarse file once the full one is in (the same to the pixel at this
    // zoom); zoomed in past the country, it is drawn from the full file.
    await page.waitForTimeout(500);
    expect(await page.locator('[data-testid="flat-map"]').getAttribute('data-boundaries')).toBe('first-view');
    await page.locator('[data-testid="flat-map"]').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('+');
    await page.locator('[data-testid="flat-map"][data-ready="true"][data-boundaries="full"]').waitFor({ timeout: 30000 });
    const t = await page.evaluate(() => {
      const entry = (re: RegExp) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => re.test(e.name));
      return {
        outcomes: entry(/awards-map\.json/)?.startTime ?? NaN,
        coarseEnd: entry(/boundaries-first\.topo\.json/)?.responseEnd ?? NaN,
        records: entry(/\/awards\.json/)?.startTime ?? NaN,
        recordsEnd: entry(/\/awards\.json/)?.responseEnd ?? NaN,
        full: entry(/\/boundaries\.topo\.json/)?.startTime ?? NaN,
        map: performance.getEntriesByName('map:first')[0]!.startTime,
      };
    });
    expect(t.outcomes).toBeLessThan(t.map);
    expect(t.coarseEnd).toBeLessThan(t.map);
    expect(t.records).toBeGreaterThan(t.coarseEnd);
    expect(t.full).toBeGreaterThanOrEqual(t.recordsEnd);
    await context.close();
  });

  it('a province address is drawn from the full boundary file; a region page preloads only the full file', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/?province=63`);
    await page.locator('[data-testid="flat-map"][data-ready="true"][data-boundaries="full"]').waitFor({ timeout: 30000 });
    await context.close();
    // A first visit (no service worker yet, which serves every page from the precache): the page's own HTML.
    const fresh = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const regionPage = await fresh.newPage();
    await regionPage.goto(`${baseUrl()}/wilayah/16.07-banyuasin/`);
    const preloads = await regionPage.locator('link[rel="preload"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
    expect(preloads.some((h) => h.includes('/data/boundaries.topo.json'))).toBe(true);
    expect(preloads.some((h) => h.includes('boundaries-first'))).toBe(false);
    await fresh.close();
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
