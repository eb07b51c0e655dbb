import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { baseUrl, colourDistance, drawn, OUTPUT_DIR, openPage, pixelAt, useBrowser, waitForMap } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const browser = useBrowser();

/** A page point inside a region as the 2D map draws it: the topmost element there is that region's path. */
async function pointInFlatRegion(page: Page, code: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((c) => {
    const path = document.querySelector(`[data-testid="flat-map"] path[data-code="${c}"]`);
    if (!path) return null;
    const r = path.getBoundingClientRect();
    for (let step = 2; step <= 16; step *= 2) {
      for (let i = 1; i < step; i++) {
        for (let j = 1; j < step; j++) {
          const x = r.left + (r.width * i) / step;
          const y = r.top + (r.height * j) / step;
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
    }
    return null;
  }, code);
  if (!p) throw new Error(`no point of ${code} on the 2D map`);
  return p;
}

describe('the map on screen before MapLibre arrives', () => {
  it('draws the 2D choropleth while the MapLibre chunk is held back; MapLibre then takes over with the same colours at the same place', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/assets/maplibre-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl()}/?map=7.6/-2.7/115.3`);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    expect(await page.locator('[data-map-idle="true"]').count()).toBe(0);
    const hss = await pointInFlatRegion(page, '63.06');
    const banjar = await pointInFlatRegion(page, '63.03');
    const before = [await pixelAt(page, hss.x, hss.y), await pixelAt(page, banjar.x, banjar.y)];
    expect(colourDistance(before[0]!, drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    expect(colourDistance(before[1]!, drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    await page.screenshot({ path: join(OUTPUT_DIR, 'flat-map-before-maplibre.png') });
    release();
    await waitForMap(page);
    await expect.poll(() => page.getByTestId('flat-map').count()).toBe(0);
    const after = [await pixelAt(page, hss.x, hss.y), await pixelAt(page, banjar.x, banjar.y)];
    expect(colourDistance(after[0]!, before[0]!)).toBeLessThan(30);
    expect(colourDistance(after[1]!, before[1]!)).toBeLessThan(30);
    await context.close();
  });
});

describe('no WebGL, still a map', () => {
  let noGl: Awaited<ReturnType<typeof chromium.launch>>;
  beforeAll(async () => {
    noGl = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] });
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('click opens a region, the keyboard walks and opens, a filter repaints, with a one-line notice', async () => {
    const { page, errors, context } = await openPage(noGl, '/?province=63');
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    expect(await page.getByText(/memerlukan WebGL/).count()).toBe(1);
    expect(await page.getByTestId('map').count()).toBe(0);
    const hss = await pointInFlatRegion(page, '63.06');
    expect(colourDistance(await pixelAt(page, hss.x, hss.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    await page.mouse.click(hss.x, hss.y);
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    await page.screenshot({ path: join(OUTPUT_DIR, 'flat-map-no-webgl.png') });
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    // Keyboard: the 2D map is one tab stop; arrows walk the province's regions, Enter opens one.
    await page.getByTestId('flat-map').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.getByTestId('map-announce').textContent();
    expect(first).toMatch(/^(Kabupaten|Kota) .*, Kalimantan Selatan: /);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe(first!.split(',')[0]);
    // A filter repaints: Banjar (Madya) dims when only Utama is shown.
    const banjar = await pointInFlatRegion(page, '63.03');
    expect(colourDistance(await pixelAt(page, banjar.x, banjar.y), drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    await page.getByTestId('category-utama').check();
    await expect.poll(async () => colourDistance(await pixelAt(page, banjar.x, banjar.y), drawn(CATEGORY_COLORS.madya))).toBeGreaterThan(60);
    expect(errors).toEqual([]);
    await context.close();
  });
});
