import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, openPage, pointInFlatRegion, seriousA11yViolations, useBrowser, waitForMap } from './browser';

const browser = useBrowser();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 640 };

type Box = { x: number; y: number; width: number; height: number; kind: string | null; text: string };

/** The names drawn over the map, with their boxes on the page. */
async function names(page: Page): Promise<Box[]> {
  return page.locator('.map-name').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height, kind: e.getAttribute('data-kind'), text: e.textContent ?? '' };
    }),
  );
}

const overlap = (a: Omit<Box, 'kind' | 'text'>, b: Omit<Box, 'kind' | 'text'>) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The region's name and at least one neighbour's are on the map, no two names overlap, none under the legend. */
async function expectNamed(page: Page, name: string, neighbour: string) {
  await expect.poll(async () => (await names(page)).find((n) => n.kind === 'selected')?.text).toBe(name);
  const list = await names(page);
  expect(list.filter((n) => n.kind === 'neighbour').map((n) => n.text)).toContain(neighbour);
  for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) expect(overlap(a, b), `${a.text} over ${b.text}`).toBe(false);
  const legend = await page.getByTestId('legend').boundingBox();
  for (const n of list) expect(overlap(n, legend!), `${n.text} under the legend`).toBe(false);
}

describe('a map that says where you are', () => {
  it('desktop, 2D map: Banyuasin is named with its neighbours and located; "Seluruh Indonesia" returns to the country and the address says so', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&region=16.07', DESKTOP);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    await expectNamed(page, 'Banyuasin', 'Kota Palembang');
    await expect.poll(() => page.getByTestId('map-locator').isVisible()).toBe(true);
    expect(await page.getByTestId('map-locator').textContent()).toBe('Banyuasin · Sumatera Selatan');
    // The region is fitted clear of the legend: its outline's box does not reach under it.
    await page.screenshot({ path: join(OUTPUT_DIR, 'orientation-desktop-banyuasin.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByTestId('map-home').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2026');
    await expect.poll(() => page.getByTestId('region-panel').count()).toBe(0);
    await expect.poll(() => page.getByTestId('map-locator').count()).toBe(0);
    // At national zoom the map names nothing until the pointer is on a region: then its province.
    expect(await names(page)).toEqual([]);
    const kapuasHulu = await pointInFlatRegion(page, '61.06');
    await page.mouse.move(kapuasHulu.x, kapuasHulu.y);
    await expect.poll(async () => (await names(page)).map((n) => [n.text, n.kind])).toEqual([['Kalimantan Barat', 'province']]);
    await page.screenshot({ path: join(OUTPUT_DIR, 'orientation-desktop-national-hover.png') });
    await context.close();
    expect(errors).toEqual([]);
  });

  it('a region clicked on the map keeps the view it was clicked in, in the address too; closing it keeps that view', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&map=7.5/-2.9/104.8', DESKTOP);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    const box = (await page.getByTestId('flat-map').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/wilayah\/16\./);
    expect(new URL(page.url()).searchParams.get('map')).toBe('7.5/-2.9/104.8');
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2026&map=7.5/-2.9/104.8');
    // + zooms through the store, so the address follows; the cap stops it at 10.
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Perbesar peta' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')?.split('/')[0]).toBe('10');
    expect(await page.getByRole('button', { name: 'Perbesar peta' }).isDisabled()).toBe(true);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('the downloaded SVG names the selected region and its category under the title', async () => {
    const { page, context } = await openPage(browser(), '/?year=2026&region=16.07', DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    await page.getByTestId('share').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('download-svg').click();
    const file = join(OUTPUT_DIR, 'orientation-banyuasin.svg');
    await (await download).saveAs(file);
    // Banyuasin is Madya in 2026 (data/awards.csv), as its panel says.
    expect(await page.getByTestId('panel-status').textContent()).toContain('Madya');
    expect(readFileSync(file, 'utf8')).toContain('>Wilayah terpilih: Kabupaten Banyuasin, Sumatera Selatan — Madya</text>');
    await context.close();
  });

  it('phone: Kota Medan is named with Deli Serdang around it, the locator above the sheet', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&region=12.71', PHONE);
    await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
    await expectNamed(page, 'Kota Medan', 'Deli Serdang');
    await expect.poll(() => page.getByTestId('map-locator').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, 'orientation-phone-medan.png') });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });

  it('phone and desktop screenshots of both regions, for a person to look at', async () => {
    for (const [name, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      for (const [region, label] of [
        ['16.07', 'banyuasin'],
        ['12.71', 'medan'],
      ] as const) {
        const { page, context } = await openPage(browser(), `/?year=2026&region=${region}`, viewport);
        await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor();
        await page.locator('.map-name[data-kind="selected"]').waitFor();
        await page.screenshot({ path: join(OUTPUT_DIR, `orientation-${name}-${label}.png`) });
        await context.close();
      }
    }
  });

  it('MapLibre: the same names and locator, the zoom capped at 10, "Seluruh Indonesia" back to the country', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&region=12.71', DESKTOP);
    await waitForMap(page);
    await expectNamed(page, 'Kota Medan', 'Deli Serdang');
    await expect.poll(() => page.getByTestId('map-locator').isVisible()).toBe(true);
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('map-home').textContent()).toBe('All of Indonesia');
    expect(await page.getByRole('img', { name: 'Where in Indonesia: Kota Medan · Sumatera Utara' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __petaUhcMap: { getMaxZoom(): number } }).__petaUhcMap.getMaxZoom())).toBe(10);
    await page.screenshot({ path: join(OUTPUT_DIR, 'orientation-desktop-medan-maplibre.png') });
    await page.getByTestId('map-home').click();
    await expect.poll(() => new URL(page.url()).search).toBe('?year=2026&lang=en');
    const zoom = () => page.evaluate(() => (window as unknown as { __petaUhcMap: { getZoom(): number } }).__petaUhcMap.getZoom());
    await expect.poll(zoom, { timeout: 5000 }).toBeLessThan(5);
    await expect.poll(() => page.getByTestId('map-locator').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
    expect(errors).toEqual([]);
  });
});
