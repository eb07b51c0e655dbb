import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDate } from '@/i18n/format';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { baseUrl, colourDistance, OUTPUT_DIR, drawn, openPage, pixelAt, pointInFlatRegion, regionInAddress, useBrowser } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { copyWithNewData, startStaticSite } from './static-site';

const browser = useBrowser();
const dist = join(__dirname, '..', '..', 'dist');
const asOf = (JSON.parse(readFileSync(join(dist, 'data/awards.json'), 'utf8')) as { asOf: string }).asOf;
const flatReady = '[data-testid="flat-map"][data-ready="true"]';

/** Asmat has no bundled record: only the stored import colours it. */
const CSV = ['Kabupaten/Kota;Provinsi;Kategori;Tahun;Sumber', 'Kabupaten Asmat;Papua Selatan;Utama;2026;https://example.org/asmat-uhc'].join('\r\n');

/** The page is looked after by its service worker (the first visit is claimed once the worker is active). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function importCsv(page: Page): Promise<void> {
  await page.getByTestId('my-data').click();
  const dataTransfer = await page.evaluateHandle((c) => {
    const dt = new DataTransfer();
    dt.items.add(new File([c], 'dinkes-asmat.csv', { type: 'text/csv' }));
    return dt;
  }, CSV);
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
  await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('1 baris diterima, 0 perlu dipilih, 0 ditolak');
  await page.getByTestId('apply-import').click();
  await expect.poll(() => page.getByTestId('my-data-status').textContent()).toContain('diterapkan');
  await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
}

/**
 * The device says it is offline. Chromium's network emulation (context.setOffline, Chromium 150 at least) does not
 * carry `navigator.onLine` into a new document: after a reload or a goto the page reads "online" while every request
 * fails. Turned off and on again, the emulation tells the page, as a device would (an `offline` event): the app then
 * runs as on a device that went offline with the page open, the harder case (nothing may wait for the network).
 */
async function deviceOffline(page: Page): Promise<void> {
  await page.context().setOffline(false);
  await page.context().setOffline(true);
  await page.waitForFunction(() => !navigator.onLine);
}

/** Drags the 2D map a little: MapLibre is loaded and takes over. */
async function dragMap(page: Page): Promise<void> {
  const box = (await page.locator('[data-testid="flat-map"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2 + 10, { steps: 5 });
  await page.mouse.up();
  await page.locator('[data-map-idle="true"]').waitFor({ timeout: 30_000 });
}

/** Names over the map hidden for a pixel read (a constructed sheet: the site's policy refuses an inline <style>). */
async function hideMapNames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('[data-testid="map-names"] { visibility: hidden; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

async function openBySearch(page: Page, typed: string, name: string): Promise<void> {
  const box = page.getByRole('combobox', { name: /Cari wilayah|Find a region/ });
  await box.fill(typed);
  await expect.poll(() => page.getByTestId('search-suggestions').getByRole('option').first().textContent()).toContain(name);
  await box.press('Enter');
  await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe(name);
}

describe('offline after one visit', () => {
  it('reloads offline with the coloured map, search, filters, table, every panel and the stored import; says so quietly', async () => {
    const { page, context, errors } = await openPage(browser(), '/');
    const origin = new URL(page.url()).origin;
    await page.locator(flatReady).waitFor();
    await controlled(page);
    await importCsv(page);
    // MapLibre's chunk is stored the first time it is used, not before.
    const cached = () =>
      page.evaluate(async () => {
        const out: Record<string, { url: string; bytes: number }[]> = {};
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          out[name] = await Promise.all(
            (await cache.keys()).map(async (r) => ({ url: new URL(r.url).pathname, bytes: (await (await cache.match(r))!.arrayBuffer()).byteLength })),
          );
        }
        return out;
      });
    const before = await cached();
    const precache = Object.entries(before).find(([name]) => name.includes('precache'))![1];
    expect(precache.map((e) => e.url)).toEqual(
      expect.arrayContaining(['/index.html', '/data/awards.json', '/data/regions.json', '/data/boundaries.topo.json', '/data/boundaries-first.topo.json']),
    );
    // The region panel's and the search box's code, lazy in the first view, are in the offline copy from the start.
    expect(precache.some((e) => /\/assets\/region-panel-.*\.js$/.test(e.url))).toBe(true);
    expect(precache.some((e) => /\/assets\/search-engine-.*\.js$/.test(e.url))).toBe(true);
    expect(precache.some((e) => e.url.includes('maplibre'))).toBe(false);
    // The budget: the offline copy without MapLibre stays under 3 MB.
    expect(precache.reduce((n, e) => n + e.bytes, 0)).toBeLessThan(3_000_000);
    await dragMap(page);
    await expect
      .poll(async () =>
        Object.values(await cached())
          .flat()
          .some((e) => /\/assets\/maplibre-.*\.js$/.test(e.url)),
      )
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.locator(flatReady).waitFor();
    await deviceOffline(page);
    await expect.poll(() => page.getByTestId('offline-line').textContent()).toBe(`Luring — data per ${formatDate(asOf, 'id')}`);
    // The map in its colours: Banyuasin Madya (bundled), Asmat Utama (the stored import), each in its province.
    for (const [province, code, colour] of [
      ['16', '16.07', CATEGORY_COLORS.madya],
      ['93', '93.04', CATEGORY_COLORS.utama],
    ] as const) {
      await page.goto(`${origin}/?province=${province}`);
      await page.locator(flatReady).waitFor();
      await deviceOffline(page);
      await hideMapNames(page);
      await page.screenshot({ path: join(OUTPUT_DIR, `offline-province-${province}.png`) });
      const p = await pointInFlatRegion(page, code);
      expect(colourDistance(await pixelAt(page, p.x, p.y), drawn(colour)), code).toBeLessThan(30);
    }
    await openBySearch(page, 'banyuas', 'Kabupaten Banyuasin');
    expect(await page.getByTestId('region-panel').textContent()).toContain('Madya');
    await openBySearch(page, 'asmat', 'Kabupaten Asmat');
    expect(await page.getByTestId('imported-badge').textContent()).toContain('dinkes-asmat.csv');
    // Filters and the table.
    await page.getByTestId('category-utama').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('utama');
    await page.getByTestId('view-table').click();
    await expect.poll(() => page.getByTestId('region-table').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('region-table').textContent()).toContain('Kabupaten Asmat');
    await page.getByTestId('view-map').click();
    // MapLibre from its cache, too.
    await page.locator(flatReady).waitFor();
    await dragMap(page);
    // English.
    // English's table comes from the offline copy (it is not in the first view); the page switches once it is in.
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('offline-line').textContent()).toBe(`Offline — data as of ${formatDate(asOf, 'en')}`);
    // Any address of the site opens the app (a region page that was never visited included).
    const other = await context.newPage();
    await other.goto(`${origin}/wilayah/16.07-banyuasin/?region=16.07`);
    await other.locator(flatReady).waitFor();
    await expect.poll(() => other.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    await other.close();

    // Back online: the line goes, nothing else is said.
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('offline-line').count()).toBe(0);
    expect(await page.getByTestId('update-notice').count()).toBe(0);
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a new deploy', () => {
  it('is offered to a page opened on the old one ("Data baru tersedia · Muat ulang"), never forced; the reload shows the new data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peta-uhc-deploy-'));
    const next = join(dir, 'next');
    copyWithNewData(dist, next, '2026-12-24');
    const site = await startStaticSite(dist);
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}/?region=16.07`);
      await page.locator(flatReady).waitFor();
      await controlled(page);
      expect(await page.getByTestId('data-date').textContent()).toBe(`Data per ${formatDate(asOf, 'id')}`);

      site.deploy(next);
      // The page checks for a new deploy whenever the network comes back (and hourly, and on return to the tab).
      await context.setOffline(true);
      await context.setOffline(false);
      const notice = page.getByTestId('update-notice');
      await notice.waitFor({ timeout: 30_000 });
      expect(await notice.textContent()).toBe('Data baru tersedia · Muat ulang');
      // Nothing moved under the reader: the same page, the same data, the panel still open.
      expect(await page.getByTestId('data-date').textContent()).toBe(`Data per ${formatDate(asOf, 'id')}`);
      expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');

      await page.getByTestId('update-reload').click();
      await expect.poll(() => page.getByTestId('data-date').textContent(), { timeout: 30_000 }).toBe('Data per 24 Desember 2026');
      expect(await page.getByTestId('update-notice').count()).toBe(0);
      expect(regionInAddress(page.url())).toBe('16.07');
    } finally {
      await context.close();
      await site.close();
    }
  });
});

describe('installable', () => {
  it("passes Chromium's installability check with the manifest's name, short name, start URL, standalone display, colours and icons", async () => {
    // A profile on disk: Chromium offers no install in an incognito-like context (what newContext gives).
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'peta-uhc-profile-')), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseUrl()}/`);
    await page.locator(flatReady).waitFor();
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
    expect(manifest.errors).toEqual([]);
    const data = JSON.parse(manifest.data) as Record<string, unknown> & { icons: { src: string; sizes: string; purpose?: string }[] };
    expect(data).toMatchObject({ short_name: 'Peta UHC', start_url: '/', display: 'standalone', theme_color: '#0b5394', background_color: '#ffffff' });
    expect(data.name).toContain('Peta UHC');
    expect(data.icons.map((i) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`)).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
    for (const icon of data.icons) {
      const res = await page.request.get(new URL(icon.src, manifest.url).href);
      expect(res.headers()['content-type'], icon.src).toBe('image/png');
    }
    const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await page.request.get(new URL(apple!, page.url()).href)).status()).toBe(200);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
    expect(installabilityErrors).toEqual([]);
    await context.close();
  });
});
