import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
import { dinkesWorkbook, TYPO_ROW } from '../unit/import-workbook-fixture';
import { colourDistance, drawn, OUTPUT_DIR, openPage, pixelAt, pointInsideRegion, useBrowser, waitForMap } from './browser';

const browser = useBrowser();

// Asmat (93.04) has no bundled record: an import is the only thing that can colour it.
const CSV = [
  'Kabupaten/Kota;Provinsi;Kategori;Cakupan Kepesertaan (%);Keaktifan (%);Tahun;Sumber',
  'Kabupaten Asmat;Papua Selatan;Utama;99,1;81,5;2026;https://example.org/asmat-uhc',
  'Kabupaten Mappi;Papua Selatan;Madya;97,25;;2026;',
  'Kabupaten Atlantis;Papua Selatan;Madya;90;;2026;',
].join('\r\n');

/** Drops a file on the import zone the way a person's drag-and-drop does. */
async function dropFile(page: Page, name: string, content: string) {
  const dataTransfer = await page.evaluateHandle(
    ([n, c]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([c!], n!, { type: 'text/csv' }));
      return dt;
    },
    [name, content],
  );
  await page.getByTestId('dropzone').dispatchEvent('drop', { dataTransfer });
}

async function storedRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<{ fileName: string; records: Record<string, unknown>[] }[]>((resolve, reject) => {
        const open = indexedDB.open('peta-uhc');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('imports').objectStore('imports').getAll();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
}

async function regionColour(page: Page, code: string) {
  const p = await pointInsideRegion(page, code);
  return pixelAt(page, p.x, p.y);
}

describe('bring your own data, in real Chromium', () => {
  it('import → recolour and panel → reload → export → re-import gives the same records → PNG → delete → gone', async () => {
    const { page, errors, context } = await openPage(browser(), '/?map=6.4/-6.6/139.2');
    await waitForMap(page);
    expect(colourDistance(await regionColour(page, '93.04'), drawn(CATEGORY_COLORS.utama))).toBeGreaterThan(60);

    // Import by drag-and-drop; the report lists every row; the unknown name is skipped.
    await page.getByTestId('my-data').click();
    await dropFile(page, 'dinkes-papua-selatan.csv', CSV);
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('2 baris diterima, 1 perlu dipilih, 0 ditolak');
    await page.getByTestId('apply-import').click();
    await expect.poll(() => page.getByTestId('my-data-status').textContent()).toBe('2 baris dari dinkes-papua-selatan.csv diterapkan.');
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();

    // The map recolours, outlines the imported regions, and the panel shows the imported facts as such.
    await expect.poll(async () => colourDistance(await regionColour(page, '93.04'), drawn(CATEGORY_COLORS.utama)), { timeout: 10000 }).toBeLessThan(30);
    expect(await page.getByTestId('legend-imported').textContent()).toContain('2');
    const asmat = await pointInsideRegion(page, '93.04');
    await page.mouse.click(asmat.x, asmat.y);
    const panel = page.getByTestId('region-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Kabupaten Asmat');
    expect(await panel.getByTestId('imported-badge').textContent()).toContain('dinkes-papua-selatan.csv');
    expect(await panel.textContent()).toContain('99,1');
    await page.screenshot({ path: join(OUTPUT_DIR, 'import-asmat.png') });

    // Reload: the import is still there.
    await page.reload();
    await waitForMap(page);
    await expect.poll(() => page.getByTestId('imported-badge').count()).toBe(1);
    expect(colourDistance(await regionColour(page, '93.04'), drawn(CATEGORY_COLORS.utama))).toBeLessThan(30);

    // Export the filtered view (Papua Selatan), delete the import, import the export: the same records come back.
    await page.goto(new URL('/?province=93&map=6.4/-6.6/139.2', page.url()).href);
    await waitForMap(page);
    await page.getByTestId('my-data').click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const exported = readFileSync(await csvDownload.path());
    writeFileSync(join(OUTPUT_DIR, 'export.csv'), exported);
    expect(exported.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const first = (await storedRecords(page)).find((l) => l.fileName === 'dinkes-papua-selatan.csv')!;
    await page.getByTestId('delete-import').click();
    await expect.poll(() => page.getByTestId('my-data-status').textContent()).toContain('dinkes-papua-selatan.csv dihapus dari perangkat ini.');
    await page.getByTestId('import-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: exported });
    // The export holds the view's bundled records too (Papua Selatan's four recipients): they read back as
    // accepted but start unticked, being identical to what is shown; only the two imported ones are applied.
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('6 baris diterima, 0 perlu dipilih, 0 ditolak');
    await page.getByTestId('apply-import').click();
    await expect.poll(async () => (await storedRecords(page)).length).toBe(1);
    const again = (await storedRecords(page)).find((l) => l.fileName === 'export.csv')!;
    const facts = (r: Record<string, unknown>) => ({ ...r, id: undefined, origin: undefined });
    const byCode = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.code).localeCompare(String(b.code));
    expect(again.records.sort(byCode).map(facts)).toEqual(first.records.sort(byCode).map(facts));

    // The map as PNG, with legend and attribution below it.
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const { PNG } = await import('pngjs');
    const png = PNG.sync.read(readFileSync(await pngDownload.path()));
    writeFileSync(join(OUTPUT_DIR, 'export-map.png'), PNG.sync.write(png));
    const canvasHeight = await page.evaluate(() => (window as unknown as { __petaUhcMap: { getCanvas(): HTMLCanvasElement } }).__petaUhcMap.getCanvas().height);
    expect(png.height).toBeGreaterThan(canvasHeight);
    let utamaPixels = 0;
    const utama = drawn(CATEGORY_COLORS.utama);
    for (let i = 0; i < png.width * canvasHeight * 4; i += 4) {
      if (colourDistance([png.data[i]!, png.data[i + 1]!, png.data[i + 2]!], utama) < 30) utamaPixels++;
    }
    expect(utamaPixels).toBeGreaterThan(100);

    // Delete the import: gone from the map, the panel and storage, also after a reload.
    while ((await page.getByTestId('delete-import').count()) > 0) {
      const n = await page.getByTestId('delete-import').count();
      await page.getByTestId('delete-import').first().click();
      await expect.poll(() => page.getByTestId('delete-import').count()).toBe(n - 1);
    }
    expect(await storedRecords(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Tutup' }).click();
    await page.reload();
    await waitForMap(page);
    expect(colourDistance(await regionColour(page, '93.04'), drawn(CATEGORY_COLORS.utama))).toBeGreaterThan(60);
    expect(await page.getByTestId('legend-imported').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an Excel workbook as a Dinas Kesehatan keeps it: read in a worker, a row fixed in the report, applied, marked as imported in table and panel, kept after a reload', async () => {
    const { page, errors, context } = await openPage(browser(), '/?view=table&province=63');
    await page.getByTestId('my-data').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'rekap-uhc-2026.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await dinkesWorkbook()),
    });
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 20000 }).toBe('23 baris diterima, 0 perlu dipilih, 1 ditolak');
    expect(await page.getByTestId('year-from-title').textContent()).toContain('2026');
    await page.getByLabel(`Kategori, baris ${TYPO_ROW}`).selectOption('Utama');
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('24 baris diterima, 0 perlu dipilih, 0 ditolak');
    await page.getByTestId('apply-import').click();
    await expect.poll(() => page.getByTestId('my-data-status').textContent()).toBe('24 baris dari rekap-uhc-2026.xlsx (Rekap 2026) diterapkan.');
    // Focus stays in the dialog after Apply, and Escape still closes it, back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('my-data-status');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('my-data-button');

    // The table marks the imported record as such; the panel shows it with its file.
    // Kabupaten Tapin has no bundled 2026 record: its row is the imported record.
    const row = page.locator('[data-testid="region-table"] tr[data-code="63.05"]').first();
    await expect.poll(() => row.textContent()).toContain('impor: rekap-uhc-2026.xlsx (Rekap 2026)');
    await page.goto(new URL('/?region=63.05&view=table&province=63', page.url()).href);
    await expect.poll(() => page.getByTestId('imported-badge').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('imported-badge').first().textContent()).toContain('rekap-uhc-2026.xlsx (Rekap 2026)');
    expect(await storedRecords(page)).toHaveLength(1);
    expect((await storedRecords(page))[0]!.records).toHaveLength(24);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the table’s raw CSV and the dialog’s CSV write the same columns', async () => {
    const { page, errors, context } = await openPage(browser(), '/?view=table&province=63');
    const [tableDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv-raw').click()]);
    await page.getByTestId('my-data').click();
    const [dialogDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const header = (buf: Buffer) =>
      buf
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0];
    expect(header(readFileSync(await tableDownload.path()))).toBe(header(readFileSync(await dialogDownload.path())));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a file that cannot be read says why, in Indonesian, and changes nothing', async () => {
    const { page, errors, context } = await openPage(browser(), '/');
    await page.getByTestId('my-data').click();
    await page.getByTestId('import-file').setInputFiles({ name: 'foto.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    await expect.poll(() => page.getByTestId('import-error').textContent()).toContain('foto.csv tidak dapat dibaca: isinya bukan tabel.');
    expect(await page.getByTestId('import-report').count()).toBe(0);
    expect(await storedRecords(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a shared link made with imported data opens for someone without it, with a note', async () => {
    const { page, errors, context } = await openPage(browser(), '/?region=93.04&data=imported');
    await waitForMap(page);
    expect(await page.getByTestId('imported-note').textContent()).toContain('data bawaan');
    expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Asmat');
    expect(errors).toEqual([]);
    await context.close();
  });
});
