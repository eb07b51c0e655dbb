import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, FILL_OPACITY, SEA_COLOR } from '../../src/shared/region-paint';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();

/** A category's colour as painted: its fill's opacity over the sea (src/map/draw-flat-map.ts). */
function painted(hex: string): string {
  const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const sea = rgb(SEA_COLOR);
  const a = FILL_OPACITY.shown;
  return `#${rgb(hex)
    .map((c, i) =>
      Math.round(a * c + (1 - a) * sea[i]!)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** How many of the canvas's pixels are (nearly) each colour: the categories the painted map shows. */
async function colourShares(page: import('playwright-core').Page, colours: Record<string, string>): Promise<Record<string, number>> {
  return page.locator('canvas[data-first-map]').evaluate((c: HTMLCanvasElement, want: Record<string, string>) => {
    const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    const rgb = Object.fromEntries(Object.entries(want).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))]));
    const counts = Object.fromEntries(Object.keys(want).map((k) => [k, 0]));
    for (let i = 0; i < px.length; i += 4)
      for (const [k, [r, g, b]] of Object.entries(rgb)) if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 12) counts[k]!++;
    return counts;
  }, colours);
}

describe("the home page's first map, before the app's code is in", () => {
  it('paints every category of the national view beside the counts, then the app replaces the page with its own map', async () => {
    const context = await browser().newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/mount-app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/`);
    await page.locator('canvas[data-first-map][data-painted="true"]').waitFor({ timeout: 30000 });
    // The page is still the HTML's: counts in words and the loading line, no app.
    expect(await page.locator('[data-national-counts] tr[data-count="utama"] td').textContent()).toMatch(/^\d+/);
    expect(await page.getByTestId('flat-map').count()).toBe(0);
    const shares = await colourShares(page, Object.fromEntries((['utama', 'madya', 'pratama', 'none'] as const).map((c) => [c, painted(CATEGORY_COLORS[c])])));
    for (const [category, n] of Object.entries(shares)) expect(n, `${category} pixels on the painted map`).toBeGreaterThan(20);
    const box = (await page.locator('canvas[data-first-map]').boundingBox())!;
    expect(box.width).toBeGreaterThan(300);
    expect(box.width / box.height).toBeCloseTo(2.5, 1);
    release();
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
    expect(await page.locator('canvas[data-first-map]').count()).toBe(0);
    await context.close();
  });

  it('is left unpainted on a desktop, whose own app map comes within a second (painting first only delayed it)', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/mount-app-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.includes('boundaries-first')), null, { timeout: 30000 });
    await page.waitForTimeout(500);
    expect(await page.locator('canvas[data-first-map]').getAttribute('data-painted')).toBeNull();
    release();
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
    await context.close();
  });

  it("says so in the loading line when the app's code fails to download, never a page stuck on loading", async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 640 }, locale: 'id-ID', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.route(/\/assets\/mount-app-[^/]*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl()}/`);
    await expect.poll(() => page.locator('.skeleton').textContent(), { timeout: 30000 }).toContain('Gagal memuat aplikasi');
    // The HTML's answer is still there, and so is the map painted beside it.
    expect(await page.locator('[data-national-counts]').isVisible()).toBe(true);
    await page.locator('canvas[data-first-map][data-painted="true"]').waitFor({ timeout: 30000 });
    await context.close();
  });
});
