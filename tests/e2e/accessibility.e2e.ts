import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, useBrowser, openPage, seriousA11yViolations, waitForMap } from './browser';

const browser = useBrowser();
const OUT = OUTPUT_DIR;

describe('axe-core finds no serious or critical violation', () => {
  for (const [state, path] of [
    ['summary', '/'],
    ['region panel', '/?region=16.07'],
    ['table', '/?view=table&province=63'],
    ['English, filtered', '/?lang=en&category=utama&change=up'],
  ] as const) {
    it(state, async () => {
      const { page, context } = await openPage(browser(), path);
      if (!path.includes('view=table')) await waitForMap(page);
      else await page.getByTestId('region-table').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('phone with the filter drawer open', async () => {
    const { page, context } = await openPage(browser(), '/', { width: 390, height: 844 });
    await waitForMap(page);
    await page.getByTestId('open-filters').click();
    await page.locator('#sidebar[data-open="true"]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('keyboard only', () => {
  it('find Banyuasin, read its change, share it, close and land back where we were', async () => {
    const { page, context, errors } = await openPage(browser(), '/');
    await waitForMap(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Tab to the search box: it is the first control after the header.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.id === 'region-search')) break;
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('region-search');
    await page.keyboard.type('kab banyuasin');
    // Enter opens only a suggestion the reader has seen: the search's code loads on the box's first focus, so on
    // a cold start the list comes a moment after the typing, as a reader would see it.
    await page
      .getByRole('option', { name: /Kabupaten Banyuasin/ })
      .first()
      .waitFor({ timeout: 15000 });
    await page.keyboard.press('Enter');
    // Focus moves to the panel heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Kabupaten Banyuasin');
    expect(await page.getByTestId('history-2026').textContent()).toBe('Pratama 2024 → Madya 2026, naik');
    // Share from the keyboard.
    await page.getByTestId('share').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('/wilayah/16.07-banyuasin/');
    // Escape closes the panel and focus returns to the search box it came from.
    await page.getByTestId('region-panel').locator('h2').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('region-panel').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('region-search');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the map is one tab stop; arrows walk regions within the province filter, Enter opens one', async () => {
    const { page, context } = await openPage(browser(), '/?province=63');
    await waitForMap(page);
    await page.getByTestId('map').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('map');
    await page.keyboard.press('ArrowRight');
    const first = await page.getByTestId('map-announce').textContent();
    expect(first).toMatch(/^(Kabupaten|Kota) .*, Kalimantan Selatan: /);
    await page.keyboard.press('ArrowRight');
    const second = await page.getByTestId('map-announce').textContent();
    expect(second).not.toBe(first);
    expect(second).toContain('Kalimantan Selatan');
    await page.keyboard.press('Enter');
    const name = second!.split(',')[0]!;
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe(name);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('map');
    // Tab leaves the map in one step: MapLibre's own canvas is not a second stop.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('map');
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('CANVAS');
    await context.close();
  });

  it('the map’s text summary follows the filter', async () => {
    const { page, context } = await openPage(browser(), '/?province=63');
    await waitForMap(page);
    expect(await page.getByTestId('map-summary').textContent()).toBe(
      'Kalimantan Selatan, 2026: Utama: 2; Madya: 4; Pratama: 0; Penerima, kategori tidak disebut: 0; Tidak mendapat: 0; Belum ada data: 7.',
    );
    expect(await page.getByTestId('map').getAttribute('aria-describedby')).toContain('map-summary');
    // Under a category filter the hidden classes are said to be hidden, with their count in the province.
    await page.getByTestId('category-utama').check();
    await expect
      .poll(() => page.getByTestId('map-summary').textContent())
      .toBe(
        'Kalimantan Selatan · hanya Utama, 2026: Utama: 2; Madya: disembunyikan filter (4 di wilayah ini); Pratama: disembunyikan filter (0 di wilayah ini); Penerima, kategori tidak disebut: disembunyikan filter (0 di wilayah ini); Tidak mendapat: disembunyikan filter (0 di wilayah ini); Belum ada data: disembunyikan filter (7 di wilayah ini).',
      );
    await context.close();
  });
});

describe('phone', () => {
  for (const [name, viewport] of [
    ['portrait', { width: 390, height: 844 }],
    ['landscape', { width: 844, height: 390 }],
  ] as const) {
    it(`${name}: no horizontal scrolling, touch targets of 44 px, screenshots`, async () => {
      const { page, context } = await openPage(browser(), '/?region=63.11', viewport);
      await waitForMap(page);
      await page.screenshot({ path: join(OUT, `phone-${name}-region.png`) });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      const smallTargets = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('button, select, input[type="search"], input[type="checkbox"]')]
            .map((el) => {
              const target = el.matches('input[type="checkbox"]') ? (el.closest('label') as HTMLElement) : el;
              const r = target.getBoundingClientRect();
              return {
                name: target.textContent?.trim().slice(0, 30) || target.getAttribute('aria-label') || target.tagName,
                h: r.height,
                visible: r.width > 0 && r.height > 0 && getComputedStyle(target).visibility !== 'hidden',
              };
            })
            .filter((x) => x.visible && x.h < 44),
        );
      expect(await smallTargets()).toEqual([]);
      await page.getByTestId('open-filters').click();
      await page.locator('#sidebar[data-open="true"]').waitFor();
      await page.waitForTimeout(300);
      expect(await smallTargets()).toEqual([]);
      await page.screenshot({ path: join(OUT, `phone-${name}-filters.png`) });
      await page.keyboard.press('Escape');
      await page.locator('#sidebar[data-open="false"]').waitFor();
      await context.close();
    });
  }
});
