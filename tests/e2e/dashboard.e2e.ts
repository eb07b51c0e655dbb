import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { baseUrl, colourDistance, drawn, OUTPUT_DIR, useBrowser, openPage, pixelAt, pointInFlatRegion, pointInsideRegion, waitForMap } from './browser';

const browser = useBrowser();
const OUT = OUTPUT_DIR;

describe('the map in real Chromium', () => {
  it('draws every region coloured by category, without page errors', async () => {
    const { page, errors, context } = await openPage(browser(), '/?map=7.6/-2.7/115.3');
    await waitForMap(page);
    const hss = await pointInsideRegion(page, '63.06');
    expect(colourDistance(await pixelAt(page, hss.x, hss.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    const banjar = await pointInsideRegion(page, '63.03');
    expect(colourDistance(await pixelAt(page, banjar.x, banjar.y), drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    expect(await page.evaluate(() => (window as any).__petaUhcMap.querySourceFeatures('regions').length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a failed boundary download leaves a message and a retry that draws the map, fitted to the shared region', async () => {
    // No service worker: its precache fetches the boundary file itself, past the failing route.
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', serviceWorkers: 'block' });
    const page = await context.newPage();
    let failing = true;
    await page.route('**/data/boundaries.topo.json*', (route) => (failing ? route.abort('connectionfailed') : route.continue()));
    await page.goto(`${baseUrl()}/?region=63.06`);
    // The rest of the app works meanwhile: the region's facts are readable without the map.
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    const alert = page.getByTestId('flat-map').getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('Data gagal dimuat.');
    // The retry draws the map, fitted to the region from the URL — the 2D map first, then MapLibre's.
    failing = false;
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    const flat = await pointInFlatRegion(page, '63.06');
    expect(colourDistance(await pixelAt(page, flat.x, flat.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    await waitForMap(page);
    const hss = await pointInsideRegion(page, '63.06');
    expect(colourDistance(await pixelAt(page, hss.x, hss.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    expect(await page.evaluate(() => (window as any).__petaUhcMap.getZoom())).toBeGreaterThan(7);
    await context.close();
  });

  it('clicking a region opens its facts; filters change the URL; Back restores', async () => {
    const { page, errors, context } = await openPage(browser(), '/?map=7.2/-2.6/115.5');
    await waitForMap(page);
    const p = await pointInsideRegion(page, '63.11');
    await page.mouse.click(p.x, p.y);
    const panel = page.getByTestId('region-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kabupaten Balangan');
    expect(await panel.textContent()).toContain('Abdul Hadi (Bupati)');
    // The address is the region's own page (src/state/page-links.ts).
    expect(new URL(page.url()).pathname).toBe('/wilayah/63.11-balangan/');

    await page.getByTestId('category-utama').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('utama');
    await page.goBack();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBeNull();
    expect(await page.getByTestId('category-utama').isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a shared URL opened in a fresh browser shows the same view, camera included, and survives a reload', async () => {
    const path = '/?year=2026&province=63&category=utama&region=63.11&lang=en&map=7.5/-2.6/115.5';
    const { page, context } = await openPage(browser(), path);
    await waitForMap(page);
    // An old ?region= link is rewritten to the region's page, the rest of the view kept as its query.
    expect(new URL(page.url()).pathname).toBe('/wilayah/63.11-balangan/');
    expect(new URL(page.url()).search).toBe('?year=2026&province=63&category=utama&lang=en&map=7.5/-2.6/115.5');
    expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Balangan');
    expect(await page.getByTestId('legend-utama').textContent()).toBe('2');
    expect(await page.getByTestId('category-utama').isChecked()).toBe(true);
    const zoom = await page.evaluate(() => (window as any).__petaUhcMap.getZoom());
    expect(zoom).toBeCloseTo(7.5, 1);
    await page.reload();
    await waitForMap(page);
    expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Balangan');
    expect(await page.getByText('Recipient:').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('a broken URL gives a notice and a working app, rewritten to its canonical form', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=abc&category=gold,madya&region=99.99&map=1/2&foo=bar');
    await waitForMap(page);
    const notice = page.getByTestId('url-notice');
    expect(await notice.textContent()).toContain('year=abc');
    expect(new URL(page.url()).search).toBe('?category=madya');
    await notice.getByRole('button').click();
    expect(await page.getByTestId('url-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a claimed-only edition, repeated values and a #fragment are said and dropped; summary and edition menu agree', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2025&category=utama,utama&province=#peta');
    await page.getByTestId('edition-select').waitFor();
    const notice = await page.getByTestId('url-notice').textContent();
    expect(notice).toContain('year=2025');
    expect(notice).toContain('category=utama');
    expect(notice).toContain('province=');
    await expect.poll(() => page.url()).toMatch(/\/\?category=utama$/);
    expect(await page.getByTestId('edition-select').inputValue()).toBe('2026');
    expect(await page.locator('.summary h3').first().textContent()).toContain('2026');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search "HSS" selects Hulu Sungai Selatan and moves the map there', async () => {
    const { page, context } = await openPage(browser(), '/');
    await waitForMap(page);
    await page.getByTestId('search-input').fill('HSS');
    await page.getByTestId('search-input').press('Enter');
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    await expect.poll(() => page.evaluate(() => (window as any).__petaUhcMap.getZoom()), { timeout: 5000 }).toBeGreaterThan(7);
    await context.close();
  });

  it('table view sorts and a row selects its region', async () => {
    const { page, context } = await openPage(browser(), '/?view=table&province=16');
    const table = page.getByTestId('region-table');
    await table.waitFor();
    await table.getByRole('button', { name: 'Urutkan menurut Cakupan' }).click();
    await table.getByRole('button', { name: 'Urutkan menurut Cakupan' }).click();
    const first = await table.locator('tbody tr').first().textContent();
    expect(first).toContain('Kabupaten Ogan Komering Ulu Timur'); // 98% is the highest stated coverage in Sumatera Selatan
    await table.getByRole('button', { name: 'Kabupaten Banyuasin' }).click();
    expect(await page.getByTestId('region-panel').textContent()).toContain('Pratama 2024 → Madya 2026, naik');
    await context.close();
  });
});

describe('a newcomer’s three questions, each answered by a link', () => {
  it('Kalimantan Selatan Utama 2026, Balangan’s recipient, Banyuasin since 2024', async () => {
    const { page, context } = await openPage(browser(), '/?year=2026&province=63&category=utama&view=table');
    await page.getByTestId('region-table').waitFor();
    const names = await page.getByTestId('region-table').locator('tbody th').allTextContents();
    expect(names.sort()).toEqual(['Kabupaten Balangan', 'Kabupaten Hulu Sungai Selatan']);
    await page.goto(baseUrl() + '/?region=63.11');
    expect(await page.getByTestId('region-panel').textContent()).toContain('Abdul Hadi (Bupati)');
    await page.goto(baseUrl() + '/?region=16.07');
    expect(await page.getByTestId('history-2026').textContent()).toBe('Pratama 2024 → Madya 2026, naik');
    await context.close();
  });
});

describe('screenshots for a person to look at', () => {
  it('desktop 1280×800 and phone 390×844', async () => {
    for (const [name, viewport, path] of [
      ['desktop-summary', { width: 1280, height: 800 }, '/'],
      ['desktop-region', { width: 1280, height: 800 }, '/?region=16.07'],
      ['phone-summary', { width: 390, height: 844 }, '/'],
      ['phone-region', { width: 390, height: 844 }, '/?region=63.11'],
    ] as const) {
      const { page, context } = await openPage(browser(), path, viewport);
      await waitForMap(page);
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: name.startsWith('phone') });
      // No horizontal scrolling on a phone.
      if (name.startsWith('phone')) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await context.close();
    }
  });
});
