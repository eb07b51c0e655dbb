import { describe, expect, it } from 'vitest';
import { openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('an outcome inferred from a complete list, in the browser', () => {
  it('Lampung Tengah 2026: the panel says "disimpulkan dari daftar lengkap" with its source, the legend counts the inference apart', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&province=18&region=18.02');
    const status = page.getByTestId('panel-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('Disimpulkan dari daftar lengkap di Potensinews');
    expect(await status.getByRole('link', { name: 'Potensinews' }).getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.getByTestId('legend-inferred').textContent()).toBe('Disimpulkan dari daftar lengkap, bukan dinyatakan: Tidak mendapat 11');
    expect(await page.getByTestId('map-summary').textContent()).toContain('Tidak mendapat: 11 (11 disimpulkan dari daftar lengkap)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
