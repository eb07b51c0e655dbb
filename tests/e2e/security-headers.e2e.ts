import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { dinkesWorkbook } from '../unit/import-workbook-fixture';
import { baseUrl, useBrowser } from './browser';

const browser = useBrowser();
const flatReady = '[data-testid="flat-map"][data-ready="true"]';

/**
 * Every securitypolicyviolation the page's documents see, and every "Refused to …" the console reports (workers
 * report theirs there), from before the first script runs.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/CSP violation|Content Security Policy|Refused to/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file.suggestedFilename();
}

describe('the site under its own security headers', () => {
  it('sends them with every page and file, and no journey trips the Content-Security-Policy', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const response = (await page.goto(`${baseUrl()}/?region=63.06`))!;
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    for (const path of ['/data/awards.json', '/manifest.webmanifest', '/sw.js']) {
      expect((await page.request.get(new URL(path, page.url()).href)).headers()['content-security-policy'], path).toContain("default-src 'self'");
    }

    // Load and a region opened (from the address), then one opened by a click in the table.
    await page.locator(flatReady).waitFor();
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    await page.getByTestId('view-table').click();
    await page.getByTestId('region-table').waitFor();
    // The table's CSV.
    expect(await download(page, 'download-csv')).toMatch(/\.csv$/);
    await page.getByTestId('view-map').click();
    await page.locator(flatReady).waitFor();

    // Drag the map: MapLibre (its chunk, its workers, its canvas) takes over.
    const box = (await page.locator('[data-testid="flat-map"]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 20, { steps: 6 });
    await page.mouse.up();
    await page.locator('[data-map-idle="true"]').waitFor({ timeout: 30_000 });

    // Share: the link (clipboard), the map as PNG and SVG.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByTestId('share').click();
    expect(await download(page, 'download-png')).toMatch(/\.png$/);
    expect(await download(page, 'download-svg')).toMatch(/\.svg$/);
    await page.keyboard.press('Escape');

    // Import a CSV (the import worker) and a workbook (the workbook worker and the spreadsheet library), the Excel
    // template and the export.
    await page.getByTestId('my-data').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'asmat.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Kabupaten/Kota;Kategori;Tahun\r\nKabupaten Asmat;Utama;2026\r\n'),
    });
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('1 baris diterima, 0 perlu dipilih, 0 ditolak');
    await page.getByTestId('apply-import').click();
    await expect.poll(() => page.getByTestId('my-data-status').textContent()).toContain('diterapkan');
    await page.getByTestId('import-file').setInputFiles({
      name: 'rekap-uhc-2026.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await dinkesWorkbook()),
    });
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 20_000 }).toMatch(/baris diterima/);
    expect(await download(page, 'template-xlsx')).toMatch(/\.xlsx$/);
    expect(await download(page, 'export-csv')).toMatch(/\.csv$/);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup', exact: true }).click();

    // Print the region.
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ format: 'A4', printBackground: true, path: join(__dirname, '..', 'output', 'csp-print.pdf') });
    await page.emulateMedia({ media: 'screen' });

    // The embedded view, as an article's <iframe> shows it.
    await page.goto(page.url().replace(/\?.*$/, '?province=63&embed=1'));
    await page
      .locator('[data-map-idle="true"], ' + flatReady)
      .first()
      .waitFor();

    expect(violations).toEqual([]);
    // The watch itself works and the policy is in force: an inline script is refused, and seen.
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inlineRan = true';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBe(1);
    expect(violations[0]).toMatch(/script-src/);
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    await context.close();
  });
});
