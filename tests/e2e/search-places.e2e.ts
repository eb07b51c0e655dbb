import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, openPage, regionInAddress, useBrowser } from './browser';

const browser = useBrowser();

describe('search by the names people use (issue 23)', () => {
  it('"kandangan" (a kecamatan) suggests and opens Hulu Sungai Selatan; "1607" opens Banyuasin; the place names load only when search is used', async () => {
    const { page, errors, context } = await openPage(browser(), '/');
    const placeRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/data/places.json')) placeRequests.push(r.url());
    });
    const box = page.getByRole('combobox', { name: 'Cari wilayah' });
    await expect.poll(() => box.isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    // The first view never asks for the place names.
    expect(placeRequests).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('places.json')))).toBe(false);

    await box.fill('kandangan');
    const options = page.getByTestId('search-suggestions').getByRole('option');
    const hss = options.filter({ hasText: 'Kabupaten Hulu Sungai Selatan' });
    await expect.poll(() => hss.first().textContent(), { timeout: 10_000 }).toBe('Kandangan (kecamatan) · Kabupaten Hulu Sungai Selatan kategori 2026: Utama');
    expect(placeRequests).toHaveLength(1);
    await page.screenshot({ path: join(OUTPUT_DIR, 'search-kandangan.png'), clip: { x: 0, y: 0, width: 1280, height: 400 } });
    await hss.first().click();
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    expect(regionInAddress(page.url())).toBe('63.06');

    await box.fill('1607');
    await expect.poll(() => options.first().textContent()).toBe('Kabupaten Banyuasin (16.07) · Sumatera Selatan kategori 2026: Madya');
    await box.press('Enter');
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    expect(regionInAddress(page.url())).toBe('16.07');
    // One download for the session.
    expect(placeRequests).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the summary’s wide tables scroll within themselves, not the side panel; the province list looks idle until focused', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026');
    const panel = page.locator('.side-panel');
    await expect.poll(() => page.getByTestId('province-table-scroll').count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => page.getByTestId('matrix-scroll').count()).toBe(1);
    const overflow = await panel.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    // The table itself is wider than the panel leaves it: it is the wrapper that scrolls.
    const table = await page.getByTestId('province-table-scroll').evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth }));
    expect(table.scroll).toBeGreaterThan(table.width);
    await page.getByTestId('province-table-scroll').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT_DIR, 'summary-wide-tables.png') });

    const first = page.getByTestId('province-options').getByRole('option').first();
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
    await page.getByTestId('province-filter-input').focus();
    expect(await first.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(errors).toEqual([]);
    await context.close();
  });
});
