import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLORS } from '@/shared/region-paint';
import { colourDistance, drawn, OUTPUT_DIR, openPage, pixelAt, pointInFlatRegion, seriousA11yViolations, useBrowser } from './browser';

const browser = useBrowser();
const flatReady = '[data-testid="flat-map"][data-ready="true"]';

describe('counts that never lie, under a filter', () => {
  it('Jawa Barat, only Madya: legend, summary, screen-reader text, PNG legend and embed say "hidden", never a false 0', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&province=32&category=madya');
    await page.locator(flatReady).waitFor();
    const legend = page.getByTestId('legend');
    expect(await legend.getByTestId('legend-scope').textContent()).toBe('Jawa Barat · hanya Madya');
    for (const hidden of ['utama', 'pratama', 'awarded', 'none', 'unknown'])
      expect(await page.getByTestId(`legend-${hidden}`).textContent(), hidden).toBe('disembunyikan');
    expect(Number(await page.getByTestId('legend-madya').textContent())).toBeGreaterThan(0);
    // The summary gives the hidden classes' counts in the province, so nothing is lost by the filter.
    await page.getByTestId('summary-scope').waitFor();
    expect(await page.getByTestId('count-unknown').textContent()).toMatch(/^disembunyikan filter \(\d+ di wilayah ini\)$/);
    const sr = (await page.getByTestId('map-summary').textContent())!;
    expect(sr).toContain('Jawa Barat · hanya Madya');
    expect(sr).not.toMatch(/(Utama|Pratama|Belum ada data): 0\b/);

    // The PNG's legend is drawn from the same lines: record what is written on its canvas.
    await page.evaluate(() => {
      const drawnText: string[] = ((window as unknown as { __drawnText: string[] }).__drawnText = []);
      const fill = CanvasRenderingContext2D.prototype.fillText;
      CanvasRenderingContext2D.prototype.fillText = function (text: string, x: number, y: number, w?: number) {
        drawnText.push(text);
        return w === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, w);
      };
    });
    await page.getByTestId('share').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    await download.saveAs(join(OUTPUT_DIR, 'png-jabar-madya.png'));
    const written = (await page.evaluate(() => (window as unknown as { __drawnText: string[] }).__drawnText)).join('\n');
    expect(written).toContain('Jawa Barat · hanya Madya');
    expect(written).toMatch(/Utama: disembunyikan filter \(\d+ di wilayah ini\)/);
    expect(written).not.toMatch(/(Utama|Pratama|Belum ada data): 0\b/);
    expect(errors).toEqual([]);

    const embed = await context.newPage();
    await embed.setViewportSize({ width: 640, height: 480 });
    await embed.goto(new URL('/?year=2026&province=32&category=madya&embed=1', page.url()).href);
    await embed.locator(flatReady).waitFor();
    expect(await embed.locator('h1').textContent()).toBe('UHC Awards 2026 · Jawa Barat · hanya Madya');
    expect(await embed.getByTestId('legend-pratama').textContent()).toBe('disembunyikan');
    await context.close();
  });
});

describe('change between editions as a map of its own', () => {
  it('colours by change against a named baseline, lists the regions, filters from the legend, and the baseline can be changed', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&mode=change&province=16');
    await page.locator(flatReady).waitFor();
    const legend = page.getByTestId('legend');
    expect(await legend.locator('strong').first().textContent()).toBe('2026 dibanding 2024');
    // Banyuasin, Pratama 2024 → Madya 2026: up. (Names over the map are hidden for the pixel read.)
    // A constructed style sheet: the site's Content-Security-Policy refuses an inline <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('[data-testid="map-names"] { visibility: hidden; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    const banyuasin = await pointInFlatRegion(page, '16.07');
    expect(colourDistance(await pixelAt(page, banyuasin.x, banyuasin.y), drawn(CHANGE_COLORS.up))).toBeLessThan(30);
    const list = page.getByTestId('shown-regions');
    expect(await list.textContent()).toContain('Kabupaten Banyuasin: Pratama 2024 → Madya 2026');
    await page.screenshot({ path: join(OUTPUT_DIR, 'change-map-sumsel.png') });

    await legend.getByRole('button', { name: /^Naik/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('change')).toBe('up');
    expect(await page.getByTestId('legend-nobase').textContent()).toBe('disembunyikan');
    expect(await page.getByTestId('legend-up').textContent()).not.toBe('0');

    await page.getByTestId('baseline-select').selectOption('2023');
    await expect.poll(() => new URL(page.url()).searchParams.get('base')).toBe('2023');
    expect(await legend.locator('strong').first().textContent()).toBe('2026 dibanding 2023');
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // A reload keeps the whole view.
    await page.reload();
    await page.locator(flatReady).waitFor();
    expect(await page.getByTestId('legend').locator('strong').first().textContent()).toBe('2026 dibanding 2023');
    await context.close();
  });

  it('the oldest edition says why there is no change to show, instead of an empty map of zeros', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2023&change=up');
    await page.locator(flatReady).waitFor();
    expect(await page.getByTestId('legend').getByTestId('empty-view').textContent()).toContain('2023 adalah edisi tertua dalam data ini');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a region without a 2024 record is "no record for 2024", not "new" (Kota Tanjungpinang), in English too', async () => {
    const { page, context } = await openPage(browser(), '/?year=2026&mode=change&province=21&lang=en');
    await page.locator(flatReady).waitFor();
    expect(await page.getByTestId('shown-regions').textContent()).toContain('Kota Tanjung Pinang: No record 2024 → Not awarded 2026');
    const group = page.getByTestId('shown-regions').locator('div', { hasText: 'Kota Tanjung Pinang' }).locator('h4');
    expect(await group.textContent()).toMatch(/^No record for 2024/);
    await context.close();
  });
});
