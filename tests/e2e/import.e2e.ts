import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS } from '@/shared/region-paint';
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

    // Export the filtered view (Papua Selatan) and import the file again: the same records come back.
    await page.goto(page.url().replace(/\?.*/, '?province=93&map=6.4/-6.6/139.2'));
    await waitForMap(page);
    await page.getByTestId('my-data').click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const exported = readFileSync(await csvDownload.path());
    writeFileSync(join(OUTPUT_DIR, 'export.csv'), exported);
    expect(exported.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await page.getByTestId('import-file').setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: exported });
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('2 baris diterima, 0 perlu dipilih, 0 ditolak');
    await page.getByTestId('apply-import').click();
    await expect.poll(async () => (await storedRecords(page)).length).toBe(2);
    const stored = await storedRecords(page);
    const facts = (r: Record<string, unknown>) => ({ ...r, id: undefined, origin: undefined });
    const byCode = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.code).localeCompare(String(b.code));
    const first = stored.find((l) => l.fileName === 'dinkes-papua-selatan.csv')!;
    const again = stored.find((l) => l.fileName === 'export.csv')!;
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

    // Delete both imports: gone from the map, the panel and storage, also after a reload.
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

  it('a shared link made with imported data opens for someone without it, with a note', async () => {
    const { page, errors, context } = await openPage(browser(), '/?region=93.04&data=imported');
    await waitForMap(page);
    expect(await page.getByTestId('imported-note').textContent()).toContain('data bawaan');
    expect(await page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Asmat');
    expect(errors).toEqual([]);
    await context.close();
  });
});
