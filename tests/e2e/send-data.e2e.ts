import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { colourDistance, drawn, OUTPUT_DIR, openPage, pixelAt, pointInsideRegion, seriousA11yViolations, useBrowser, waitForMap } from './browser';

const browser = useBrowser();

// Kabupaten Sarmi (91.10) has no bundled record in any edition: hatched "Belum ada data" on the 2026 map.
const START = '/?year=2026&map=6.4/-2.4/139.0';
const LINK = 'https://example.org/berita/sarmi-uhc-2026?p=7&ref=peta';
const EXPECTED_ROW = `91.10,Kabupaten Sarmi,kabupaten,2026,Madya,,Penerima Contoh,Bupati,,,98.4,86.2,,,,,,${LINK},Contoh Media,,,,`;

async function storedLayers(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ fileName: string; records: Record<string, unknown>[] }[]>((resolve, reject) => {
        const open = indexedDB.open('peta-uhc');
        open.onerror = () => reject(open.error);
        // A fresh context has no database yet; opening it creates an empty one with no store.
        open.onupgradeneeded = () => open.result.createObjectStore('imports', { keyPath: 'id' });
        open.onsuccess = () => {
          const req = open.result.transaction('imports').objectStore('imports').getAll();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
}

async function sarmiColour(page: Page) {
  const p = await pointInsideRegion(page, '91.10');
  return pixelAt(page, p.x, p.y);
}

describe('readers send what they know, in real Chromium', () => {
  it('a 2026 category for a hatched region: a bad link is refused; a good send is coloured as theirs after a reload, with its row and report as entered', async () => {
    const { page, errors, context } = await openPage(browser(), START);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await waitForMap(page);
    expect(colourDistance(await sarmiColour(page), drawn(CATEGORY_COLORS.madya))).toBeGreaterThan(60);
    const sarmi = await pointInsideRegion(page, '91.10');
    await page.mouse.click(sarmi.x, sarmi.y);
    const panel = page.getByTestId('region-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kabupaten Sarmi');
    expect(await panel.getByTestId('panel-status').textContent()).toBe('Belum ada catatan penghargaan untuk edisi ini di data kami.');

    await panel.getByTestId('send-open').click();
    const form = panel.getByTestId('send-data-form');
    await form.getByLabel('Kategori').selectOption('Madya');
    expect(await form.getByLabel('Edisi').inputValue()).toBe('2026');
    await form.getByLabel('Tautan sumber (wajib)').fill('ftp://example.org/sarmi');
    await form.getByLabel('Penerbit (opsional)').fill('Contoh Media');
    await form.getByLabel('Nama penerima (opsional)').fill('Penerima Contoh');
    await form.getByLabel('Jabatan penerima (opsional)').fill('Bupati');
    await form.getByLabel('Cakupan kepesertaan (%)').fill('98,4');
    await form.getByLabel('Keaktifan peserta (%)').fill('86.2');
    await form.getByTestId('send-submit').click();
    await expect.poll(() => form.getByTestId('send-error-source_url').textContent()).toContain('diawali http:// atau https://');
    await form.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT_DIR, 'send-data-bad-link.png') });
    expect(await storedLayers(page)).toEqual([]);
    expect(await panel.getByTestId('imported-badge').count()).toBe(0);

    await form.getByLabel('Tautan sumber (wajib)').fill(LINK);
    await form.getByTestId('send-submit').click();
    await expect.poll(() => panel.getByTestId('send-saved').textContent()).toContain('Tersimpan di Data saya');
    // At once: the panel shows it as the reader's, the map colours it Madya.
    await expect.poll(() => panel.getByTestId('imported-badge').textContent()).toContain('Kiriman Anda');
    expect(await panel.getByTestId('panel-status').textContent()).toContain('Madya');
    await expect.poll(async () => colourDistance(await sarmiColour(page), drawn(CATEGORY_COLORS.madya)), { timeout: 10000 }).toBeLessThan(30);
    await page.screenshot({ path: join(OUTPUT_DIR, 'send-data-sent.png') });

    // "Salin baris": awards.csv's format, exactly what was entered.
    expect(await panel.getByTestId('send-row').inputValue()).toBe(EXPECTED_ROW);
    await panel.getByTestId('send-copy-row').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(EXPECTED_ROW);

    // The report: its text, and the prefilled issue form when the build names a repository.
    const report = await panel.getByTestId('send-report-text').inputValue();
    for (const line of [
      'code: 91.10',
      'year: 2026',
      'category: Madya',
      `source_url: ${LINK}`,
      'publisher: Contoh Media',
      'recipient_name: Penerima Contoh',
      'recipient_role: Bupati',
      'coverage_pct: 98.4',
      'active_pct: 86.2',
      'pemda_registered_pct: ',
    ]) {
      expect(report.split('\n')).toContain(line);
    }
    expect(report.endsWith(EXPECTED_ROW)).toBe(true);
    const link = panel.getByTestId('send-report-link');
    if ((await link.count()) > 0) {
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
      const url = new URL((await link.getAttribute('href'))!);
      expect(url.pathname.endsWith('/issues/new')).toBe(true);
      expect(Object.fromEntries(url.searchParams)).toMatchObject({
        template: 'kirim-data.yml',
        code: '91.10',
        year: '2026',
        category: 'Madya',
        source_url: LINK,
        publisher: 'Contoh Media',
        recipient_name: 'Penerima Contoh',
        coverage_pct: '98.4',
        active_pct: '86.2',
        csv_row: EXPECTED_ROW,
      });
    }

    const stored = await storedLayers(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      fileName: 'Kiriman Anda',
      records: [{ code: '91.10', year: 2026, category: 'madya', origin: { kind: 'imported', file: 'Kiriman Anda' } }],
    });

    // Reload: still coloured, still marked as the reader's.
    await page.reload();
    await waitForMap(page);
    expect(colourDistance(await sarmiColour(page), drawn(CATEGORY_COLORS.madya))).toBeLessThan(30);
    const again = await pointInsideRegion(page, '91.10');
    await page.mouse.click(again.x, again.y);
    await expect.poll(() => page.getByTestId('imported-badge').textContent()).toContain('Kiriman Anda');
    expect(await page.getByTestId('legend-imported').count()).toBe(1);
    // The table marks it too.
    await page.goto(page.url().replace(/\?.*/, '?year=2026&view=table&province=91'));
    await expect.poll(() => page.getByRole('row', { name: /Kabupaten Sarmi/ }).textContent()).toContain('kiriman Anda');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on a 360×640 phone the form fits the screen and a bad link is refused there too', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 640 }, locale: 'id-ID', hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const { baseUrl } = await import('./browser');
    await page.goto(`${baseUrl()}/?year=2026&region=91.10`);
    await page.getByTestId('region-panel').waitFor();
    await page.getByTestId('sheet-handle').click();
    await page.getByTestId('send-open').click();
    const form = page.getByTestId('send-data-form');
    await form.getByLabel('Kategori').selectOption('Madya');
    await form.getByLabel('Tautan sumber (wajib)').fill('ftp://example.org/sarmi');
    await form.getByTestId('send-submit').click();
    await form.getByTestId('send-error-source_url').waitFor();
    await page.screenshot({ path: join(OUTPUT_DIR, 'send-data-phone.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const box = (await form.getByLabel('Tautan sumber (wajib)').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await storedLayers(page)).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });
});
