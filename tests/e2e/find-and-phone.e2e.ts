import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mapOnTop, OUTPUT_DIR, openPage, pointInsideRegion, seriousA11yViolations, useBrowser, waitForMap } from './browser';

const browser = useBrowser();

/** The share of the map's area drawn by regions of a province, from what MapLibre rendered. */
function provinceShare(page: Page, prov: string): Promise<number> {
  return page.evaluate((p) => {
    const map = (window as any).__petaUhcMap;
    const canvas = map.getCanvas() as HTMLCanvasElement;
    let hit = 0;
    let n = 0;
    for (let y = 10; y < canvas.clientHeight; y += 20) {
      for (let x = 10; x < canvas.clientWidth; x += 20) {
        n++;
        const f = map.queryRenderedFeatures([x, y], { layers: ['regions-fill'] })[0];
        if (f?.properties.prov === p) hit++;
      }
    }
    return hit / n;
  }, prov);
}

describe('finding a region', () => {
  it('suggests as you type: "banyuas" puts Banyuasin first and Enter opens it; "hulu sungai" lists three', async () => {
    const { page, errors, context } = await openPage(browser(), '/');
    await waitForMap(page);
    const box = page.getByRole('combobox', { name: 'Cari wilayah' });
    await box.fill('banyuas');
    const options = page.getByTestId('search-suggestions').getByRole('option');
    await expect.poll(() => options.first().textContent()).toBe('Kabupaten Banyuasin · Sumatera Selatan kategori 2026: Madya');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    await box.fill('hulu sungai');
    await expect
      .poll(() => options.allTextContents())
      .toEqual([
        'Kabupaten Hulu Sungai Selatan · Kalimantan Selatan kategori 2026: Utama',
        'Kabupaten Hulu Sungai Tengah · Kalimantan Selatan kategori 2026: Belum ada data',
        'Kabupaten Hulu Sungai Utara · Kalimantan Selatan kategori 2026: Belum ada data',
        // Region names first, then a kecamatan of that name.
        'Hulu Sungai (kecamatan) · Kabupaten Ketapang kategori 2026: Belum ada data',
      ]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the map follows the province filter; two provinces by plain clicks; Back restores the view', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&province=64');
    await waitForMap(page);
    // Kalimantan Timur fills the map rather than being a speck of Indonesia (about 2% of the national view).
    await expect.poll(() => provinceShare(page, '64'), { timeout: 10_000 }).toBeGreaterThan(0.15);
    const options = page.getByTestId('province-options');
    await options.getByRole('option', { name: 'Kalimantan Selatan' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('63,64');
    expect(await page.getByRole('button', { name: 'Hapus Kalimantan Timur dari filter' }).count()).toBe(1);
    // Both in view.
    await expect.poll(() => provinceShare(page, '63'), { timeout: 10_000 }).toBeGreaterThan(0.02);
    expect(await provinceShare(page, '64')).toBeGreaterThan(0.1);
    await page.getByTestId('chip-remove-64').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('63');
    await expect.poll(() => provinceShare(page, '63'), { timeout: 10_000 }).toBeGreaterThan(0.15);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('province')).toBe('64');
    await expect.poll(() => provinceShare(page, '64'), { timeout: 10_000 }).toBeGreaterThan(0.15);
    // A pan of the user's own is kept: the camera goes into the URL and a repaint does not refit.
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
    await page.getByTestId('category-utama').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('utama');
    expect(new URL(page.url()).searchParams.get('map')).not.toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a phone screen that is mostly map', () => {
  for (const [name, viewport] of [
    ['360x640', { width: 360, height: 640 }],
    ['640x360', { width: 640, height: 360 }],
  ] as const) {
    it(`${name}: the map is on top of at least half the screen; the sheet's peek shows the name and category`, async () => {
      const context = await browser().newContext({ viewport, locale: 'id-ID', hasTouch: true, isMobile: true });
      const page = await context.newPage();
      const { baseUrl } = await import('./browser');
      await page.goto(`${baseUrl()}/`);
      await waitForMap(page);
      expect(await mapOnTop(page)).toBeGreaterThanOrEqual(0.5);
      await page.screenshot({ path: join(OUTPUT_DIR, `phone-${name}-map.png`) });
      // A tap opens the region; no hover tooltip is left behind.
      // Kapuas Hulu (Kalimantan Barat): large, wherever the fit above the sheet's peek places the country.
      const inside = await pointInsideRegion(page, '61.06');
      await page.touchscreen.tap(inside.x, inside.y);
      await page.getByTestId('region-panel').waitFor();
      expect(await page.locator('.map-tooltip').count()).toBe(0);
      const sheet = (await page.locator('.side-panel').boundingBox())!;
      for (const id of ['region-title', 'panel-status']) {
        const el = (await page.locator(id === 'region-title' ? '#region-title' : '[data-testid="panel-status"]').boundingBox())!;
        expect(el.y + el.height, `${id} inside the peek`).toBeLessThanOrEqual(sheet.y + sheet.height);
      }
      expect(await mapOnTop(page)).toBeGreaterThanOrEqual(0.5);
      await page.screenshot({ path: join(OUTPUT_DIR, `phone-${name}-region.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('the table on a phone keeps the name in view and is not covered by the summary', async () => {
    const { page, context } = await openPage(browser(), '/?view=table&province=63', { width: 360, height: 640 });
    const table = page.getByTestId('region-table');
    await table.waitFor();
    const sheet = (await page.locator('.side-panel').boundingBox())!;
    expect(sheet.height).toBeLessThan(80);
    const scroll = page.locator('.table-scroll');
    await scroll.evaluate((el) => (el.scrollLeft = 400));
    const name = (await table.locator('tbody th').first().boundingBox())!;
    expect(name.x).toBeLessThan(5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'phone-360x640-table.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
