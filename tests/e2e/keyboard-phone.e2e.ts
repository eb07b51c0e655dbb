import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, colourDistance, hexToRgb, mapOnTop, OUTPUT_DIR, openPage, pixelAt, useBrowser, waitForMap } from './browser';

const browser = useBrowser();
const FOCUS = hexToRgb('#d95f02');

/** The map that has the keyboard now: MapLibre's once it has taken over, else the 2D map. */
const MAP = '[data-testid="map"]:not([inert] *), [data-testid="flat-map"]';
const flatReady = (page: Page) => page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const announced = async (page: Page) => ((await page.getByTestId('map-announce').textContent()) ?? '').split(',')[0]!;

/**
 * Where the walk's highlight is drawn, in page pixels: its label is placed 12 px right of and below the
 * region's centre (src/map/map-labels.tsx).
 */
async function highlightAt(page: Page): Promise<{ x: number; y: number }> {
  const tip = page.locator('.map-tooltip[aria-hidden="true"]');
  await tip.waitFor();
  return tip.evaluate((el: HTMLElement) => {
    const parent = (el.offsetParent ?? el.parentElement!).getBoundingClientRect();
    return { x: parent.left + parseFloat(el.style.left) - 12, y: parent.top + parseFloat(el.style.top) - 12 };
  });
}

/** Whether a page point is on the map itself: inside its box and not under the legend, the controls or a sheet. */
function onMap(page: Page, p: { x: number; y: number }): Promise<boolean> {
  return page.evaluate(
    ([sel, x, y]) => {
      const map = document.querySelector(sel as string)!;
      const el = document.elementFromPoint(x as number, y as number);
      return Boolean(el && (map.contains(el) || el.closest('.map-stage-gl, .flat-map')) && !el.closest('.legend, .map-controls, .map-tooltip'));
    },
    [MAP, p.x, p.y] as const,
  );
}

async function phone(b: Browser, path: string, viewport: { width: number; height: number }) {
  const context = await b.newContext({ viewport, locale: 'id-ID', hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(baseUrl() + path);
  return { context, page, errors };
}

describe('keyboard', () => {
  it('a skip link reaches the map in one Tab; the focused map shows a ring and its keys', async () => {
    const { page, context, errors } = await openPage(browser(), '/?year=2026', { width: 1366, height: 800 });
    await flatReady(page);
    let tabs = 0;
    while (tabs < 3 && (await activeTestId(page)) !== 'skip-link') {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await activeTestId(page)).toBe('skip-link');
    const link = (await page.getByTestId('skip-link').boundingBox())!;
    expect(link.y).toBeGreaterThanOrEqual(0); // shown while focused, not left off screen
    await page.keyboard.press('Enter');
    expect(await activeTestId(page)).toBe('flat-map');
    expect(tabs).toBeLessThanOrEqual(3);
    // The ring is drawn over the canvas: the map's edge is the focus colour in a real screenshot.
    const box = (await page.getByTestId('flat-map').boundingBox())!;
    const edge = await pixelAt(page, box.x + box.width / 2, box.y + 1.5);
    expect(colourDistance(edge, FOCUS)).toBeLessThan(40);
    // The keys are on screen for everyone, not only read out.
    const keys = (await page.getByTestId('map-keys').boundingBox())!;
    expect(keys.width).toBeGreaterThan(150);
    expect(keys.height).toBeGreaterThan(20);
    await page.screenshot({ path: join(OUTPUT_DIR, 'keyboard-focus-ring.png') });
    // Without the keyboard there is neither.
    await page.getByTestId('view-table').focus();
    expect(colourDistance(await pixelAt(page, box.x + box.width / 2, box.y + 1.5), FOCUS)).toBeGreaterThan(60);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const renderer of ['2D', 'MapLibre'] as const) {
    it(`${renderer}: the walk keeps the highlight on screen, + zooms about it, Esc keeps its place`, async () => {
      // Zoomed in on Java: most of the walk's regions start off screen.
      const { page, context, errors } = await openPage(browser(), '/?year=2026&map=7/-7/110', { width: 1280, height: 800 });
      if (renderer === 'MapLibre') await waitForMap(page);
      else await flatReady(page);
      await page.locator(MAP).first().focus();
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press(i < 3 ? 'ArrowRight' : 'PageDown');
        // The camera eases on MapLibre's map: the highlight is on screen once the move has ended.
        await expect.poll(async () => onMap(page, await highlightAt(page)), { timeout: 5000 }).toBe(true);
      }
      await page.waitForTimeout(500);
      const before = await highlightAt(page);
      await page.keyboard.press('+');
      await page.waitForTimeout(500);
      const after = await highlightAt(page);
      expect(Math.abs(after.x - before.x)).toBeLessThan(3);
      expect(Math.abs(after.y - before.y)).toBeLessThan(3);
      if (renderer === 'MapLibre') await page.screenshot({ path: join(OUTPUT_DIR, 'keyboard-walk-maplibre.png') });
      // Enter opens it; Esc closes it and the walk goes on from it, not from the first region (Kota Sabang).
      const opened = await announced(page);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe(opened);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('region-panel').count()).toBe(0);
      await expect.poll(() => activeTestId(page)).toMatch(/^(map|flat-map)$/);
      await expect.poll(() => announced(page)).toBe(opened);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      expect(await announced(page)).toBe(opened);
      expect(opened).not.toBe('Kota Sabang');
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('phone', () => {
  it('360x640: open → enlarge → close leaves the map on top of half the screen; so does closing the drawer', async () => {
    const { page, context, errors } = await phone(browser(), '/?year=2026&region=16.07', { width: 360, height: 640 });
    await flatReady(page);
    await page.getByTestId('region-panel').waitFor();
    await page.getByTestId('sheet-handle').click();
    await expect.poll(() => mapOnTop(page)).toBeLessThan(0.3);
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => page.getByTestId('region-panel').count()).toBe(0);
    await expect.poll(() => mapOnTop(page)).toBeGreaterThanOrEqual(0.5);
    await page.screenshot({ path: join(OUTPUT_DIR, 'phone-360x640-closed.png') });
    // The summary enlarged, then the filter drawer opened and closed: the map again.
    await page.getByTestId('sheet-handle').click();
    await page.getByTestId('open-filters').click();
    await page.locator('#sidebar[data-open="true"]').waitFor();
    await page.locator('.drawer-close').click();
    await expect.poll(() => mapOnTop(page)).toBeGreaterThanOrEqual(0.5);
    // The folded legend says what it counts, in words.
    expect(await page.getByTestId('legend-toggle').textContent()).toMatch(/^Legenda \d+ penerima tercatat · \d+ belum ada data$/);
    // Menu closes once a choice is made.
    await page.getByTestId('open-menu').click();
    await page.getByTestId('view-table').click();
    await expect.poll(() => page.locator('#header-tools').getAttribute('data-open')).toBe('false');
    expect(await page.getByTestId('view-table').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('640x360: the share panel is on screen with its buttons, the Menu closed; the table shows several rows', async () => {
    const { page, context, errors } = await phone(browser(), '/?year=2026', { width: 640, height: 360 });
    await flatReady(page);
    await page.getByTestId('open-menu').click();
    await page.getByTestId('share').click();
    const panel = page.getByTestId('share-panel');
    await panel.waitFor();
    expect(await page.locator('#header-tools').getAttribute('data-open')).toBe('false');
    // The Share button folded away with the menu: the keyboard is in its panel, not lost on the page.
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="share-panel"]')))).toBe(true);
    const box = (await panel.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(360);
    expect(box.x + box.width).toBeLessThanOrEqual(640);
    for (const button of await panel.getByRole('button').all()) {
      await button.scrollIntoViewIfNeeded();
      const b = (await button.boundingBox())!;
      expect(b.y + b.height).toBeLessThanOrEqual(360);
      expect(await button.isVisible()).toBe(true);
    }
    await page.screenshot({ path: join(OUTPUT_DIR, 'phone-640x360-share.png') });
    await panel.getByRole('button', { name: 'Tutup' }).click();
    await page.getByTestId('open-menu').click();
    await page.getByTestId('view-table').click();
    const table = page.getByTestId('region-table');
    await table.waitFor();
    // Rows wholly visible: below the sticky header, above the sheet.
    const visibleRows = await page.evaluate(() => {
      const head = document.querySelector('[data-testid="region-table"] thead')!.getBoundingClientRect();
      const sheet = document.querySelector('.side-panel')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="region-table"] tbody tr')].filter((tr) => {
        const r = tr.getBoundingClientRect();
        return r.top >= head.bottom - 1 && r.bottom <= sheet.top + 1;
      }).length;
    });
    expect(visibleRows).toBeGreaterThan(2);
    await page.screenshot({ path: join(OUTPUT_DIR, 'phone-640x360-table.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
