import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { baseUrl, colourDistance, drawn, OUTPUT_DIR, openPage, pixelAt, pointInFlatRegion, reachForMap, useBrowser, waitForMap } from './browser';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

const browser = useBrowser();

describe('the map on screen before MapLibre arrives', () => {
  it('draws the 2D choropleth with no MapLibre code fetched; reaching for the map brings MapLibre, which takes over with the same colours at the same place', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    const maplibre: string[] = [];
    page.on('request', (r) => {
      // The idle prefetch on a fast link fetches MapLibre's file without running it: only a script load counts.
      const prefetch = ['other', 'prefetch'].includes(r.resourceType()) || /prefetch/.test(r.headers()['sec-purpose'] ?? '');
      if (/maplibre/.test(r.url()) && !prefetch) maplibre.push(`${r.resourceType()} ${r.url()}`);
    });
    await page.goto(`${baseUrl()}/?map=7.6/-2.7/115.3`);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    const hss = await pointInFlatRegion(page, '63.06');
    const banjar = await pointInFlatRegion(page, '63.03');
    const before = [await pixelAt(page, hss.x, hss.y), await pixelAt(page, banjar.x, banjar.y)];
    expect(colourDistance(before[0]!, drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    expect(colourDistance(before[1]!, drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    await page.screenshot({ path: join(OUTPUT_DIR, 'flat-map-before-maplibre.png') });
    // Looking, hovering and opening a region do not load MapLibre: a reader who only reads never pays for it.
    await page.mouse.move(hss.x, hss.y);
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Kabupaten Hulu Sungai Selatan');
    await page.mouse.click(hss.x, hss.y);
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    await page.waitForTimeout(1000);
    expect(maplibre).toEqual([]);
    expect(await page.locator('[data-map-idle="true"]').count()).toBe(0);
    await reachForMap(page);
    await waitForMap(page);
    expect(maplibre.length).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('flat-map').count()).toBe(0);
    await page.mouse.move(5, 5);
    const after = [await pixelAt(page, hss.x, hss.y), await pixelAt(page, banjar.x, banjar.y)];
    expect(colourDistance(after[0]!, before[0]!)).toBeLessThan(30);
    expect(colourDistance(after[1]!, before[1]!)).toBeLessThan(30);
    await context.close();
  });
});

describe('MapLibre reads the boundary file in its worker', () => {
  it('when that read fails, the 2D map stays the map and keeps working: no blank map, no error', async () => {
    // No service worker: the file's requests are then the page's (the 2D map's) and MapLibre's worker's.
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let served = 0;
    await context.route(/\/data\/boundaries\.topo\.json/, (route) => (served++ === 0 ? route.continue() : route.fulfill({ status: 503, body: '' })));
    await page.goto(`${baseUrl()}/?map=7.6/-2.7/115.3`);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    await expect.poll(() => served).toBe(1);
    await reachForMap(page);
    // MapLibre's worker asks for the file (and is refused); its map, never complete, does not take over.
    await expect.poll(() => served, { timeout: 30000 }).toBeGreaterThan(1);
    await page.waitForTimeout(3000);
    expect(await page.locator('[data-map-idle="true"]').count()).toBe(0);
    expect(await page.getByTestId('flat-map').count()).toBe(1);
    const hss = await pointInFlatRegion(page, '63.06');
    expect(colourDistance(await pixelAt(page, hss.x, hss.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    await page.mouse.click(hss.x, hss.y);
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    expect(errors).toEqual([]);
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
    const hss = await pointInFlatRegion(page, '63.06');
    const kotabaru = await pointInFlatRegion(page, '63.02');
    expect(colourDistance(await pixelAt(page, hss.x, hss.y), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);
    await page.mouse.click(hss.x, hss.y);
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    // A click keeps the view it was made in (as on MapLibre's map): the province's regions are where they were.
    const unitAt = (x: number, y: number) =>
      page.evaluate(
        ([px, py]) => {
          const box = document.querySelector('[data-testid="flat-map"] canvas')!.getBoundingClientRect();
          return (window as unknown as { __petaUhcFlatMap: { codeAt(x: number, y: number): string | undefined } }).__petaUhcFlatMap.codeAt(
            px! - box.left,
            py! - box.top,
          );
        },
        [x, y],
      );
    expect(await unitAt(hss.x, hss.y)).toBe('63.06');
    expect(await unitAt(kotabaru.x, kotabaru.y)).toBe('63.02');
    // Reaching for the map (a drag) is when the smooth map would come: here it cannot, and a line says why.
    expect(await page.getByText(/memerlukan WebGL/).count()).toBe(0);
    await page.mouse.move(hss.x, hss.y);
    await page.mouse.down();
    await page.mouse.move(hss.x + 15, hss.y);
    await page.mouse.move(hss.x + 30, hss.y);
    await page.mouse.up();
    await expect.poll(() => page.getByText(/memerlukan WebGL/).count()).toBe(1);
    expect(await page.getByTestId('map').count()).toBe(0);
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
    // Share → PNG: the 2D map as drawn (the province again once the region is closed), with the legend band below.
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    await page.getByTestId('share').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    const { PNG } = await import('pngjs');
    const png = PNG.sync.read(readFileSync(await download.path()));
    await download.saveAs(join(OUTPUT_DIR, 'flat-map-export.png'));
    const canvasHeight = await page.evaluate(() => document.querySelector<HTMLCanvasElement>('[data-testid="flat-map"] canvas')!.height);
    expect(png.height).toBeGreaterThan(canvasHeight);
    let utamaPixels = 0;
    for (let i = 0; i < png.width * canvasHeight * 4; i += 4) {
      if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], drawn(CATEGORY_COLORS.utama)) < 30) utamaPixels++;
    }
    expect(utamaPixels).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the wheel zooms about the pointer and a drag pans; the view goes into the URL and survives a reload', async () => {
    const { page, errors, context } = await openPage(noGl, '/?province=63');
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    const hss = await pointInFlatRegion(page, '63.06');
    const zoomOf = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[0] ?? NaN);
    await page.mouse.move(hss.x, hss.y);
    await page.mouse.wheel(0, -250);
    await expect.poll(zoomOf).toBeGreaterThan(7);
    const zoomed = zoomOf();
    // Zoomed about the pointer: the region under it is still there.
    await expect
      .poll(() => page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest('[data-testid="flat-map"]') !== null, [hss.x, hss.y]))
      .toBe(true);
    const box = (await page.locator('[data-testid="flat-map"] canvas').first().boundingBox())!;
    expect(
      await page.evaluate(
        ([x, y]) => (window as unknown as { __petaUhcFlatMap: { codeAt(x: number, y: number): string | undefined } }).__petaUhcFlatMap.codeAt(x!, y!),
        [hss.x - box.x, hss.y - box.y],
      ),
    ).toBe('63.06');
    // Drag 200 px to the right: the map's centre moves west.
    const lngOf = () => Number(new URL(page.url()).searchParams.get('map')?.split('/')[2] ?? NaN);
    const lng0 = lngOf();
    await page.mouse.move(box.x + 300, box.y + 300);
    await page.mouse.down();
    await page.mouse.move(box.x + 400, box.y + 300);
    await page.mouse.move(box.x + 500, box.y + 300);
    await page.mouse.up();
    await expect.poll(lngOf).toBeLessThan(lng0);
    const url = page.url();
    await page.reload();
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    expect(page.url()).toBe(url);
    expect(zoomOf()).toBeCloseTo(zoomed, 5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
