import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { colourDistance, drawn, openPage, pixelAt, pointInsideRegion, useBrowser, waitForMap } from './browser';
import { PROVINCE_LAYER } from './map-probe';

const browser = useBrowser();

describe('awarded without a stated category, the province map, notes in the reader’s language', () => {
  it('an award whose category no page states has its own colour, legend line, filter and URL value', async () => {
    const { page, errors, context } = await openPage(browser(), '/?region=93.01');
    await waitForMap(page);
    // Merauke: named as a 2026 recipient, category not stated.
    const merauke = await pointInsideRegion(page, '93.01');
    expect(colourDistance(await pixelAt(page, merauke.x, merauke.y), drawn(CATEGORY_COLORS.awarded))).toBeLessThan(30);
    expect(await page.getByTestId('region-panel').textContent()).toContain('tanpa menyebut kategorinya');
    const legend = page.locator('button.legend-item', { has: page.getByTestId('legend-awarded') });
    expect(await legend.textContent()).toContain('Penerima, kategori tidak disebut');
    expect(await page.getByTestId('legend-awarded').textContent()).toBe('38');
    await legend.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('awarded');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the province level colours the provinces by their own award, opens a province, and survives share and reload', async () => {
    const { page, errors, context } = await openPage(browser(), '/');
    await waitForMap(page);
    await page.getByTestId('level-provinsi').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('provinsi');
    await expect.poll(() => page.locator('.summary h3').first().textContent()).toBe('Jumlah provinsi, 2026');
    // Aceh's provincial government: Utama; Kalimantan Selatan's: Madya.
    await expect
      .poll(async () => {
        const aceh = await pointInsideRegion(page, '11', PROVINCE_LAYER);
        return colourDistance(await pixelAt(page, aceh.x, aceh.y), drawn(CATEGORY_COLORS.utama));
      })
      .toBeLessThan(30);
    const kalsel = await pointInsideRegion(page, '63', PROVINCE_LAYER);
    expect(colourDistance(await pixelAt(page, kalsel.x, kalsel.y), drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    await page.mouse.click(kalsel.x, kalsel.y);
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kalimantan Selatan');
    // A region clicked on the map opens in the view it was clicked in: the address carries that camera.
    expect(new URL(page.url()).pathname).toBe('/wilayah/63-kalimantan-selatan/');
    expect(new URL(page.url()).search).toMatch(/^\?level=provinsi&map=[\d.]+\/-?[\d.]+\/[\d.]+$/);
    await page.reload();
    await waitForMap(page);
    expect(await page.getByTestId('level-provinsi').isChecked()).toBe(true);
    expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kalimantan Selatan');
    // Back to kab/kota: the region layer again.
    await page.getByTestId('level-kabkota').check();
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a record’s note reads in Bahasa Indonesia, and in English after the switch', async () => {
    const { page, errors, context } = await openPage(browser(), '/?region=11.05');
    const panel = page.getByTestId('region-panel');
    await expect.poll(() => panel.textContent()).toContain('Daftar sebelum acara dari kepala cabang BPJS Meulaboh');
    await page.getByTestId('lang-en').click();
    await expect.poll(() => panel.textContent()).toContain('Pre-event list from BPJS Meulaboh branch head');
    expect(await panel.textContent()).not.toContain('Daftar sebelum acara');
    expect(await page.locator('footer').textContent()).toContain('Boundaries: Voronoi approximation');
    expect(errors).toEqual([]);
    await context.close();
  });
});
