import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { OUTPUT_DIR, openPage, useBrowser } from './browser';
import { pdfImages, pdfPageCount, pdfPageSize, pdfText } from './pdf-read';

const browser = useBrowser();

/** Kalimantan Selatan's Madya regions in 2026 (data/awards.csv): what `province=63&category=madya` shows. */
const KALSEL_MADYA = ['63.02', '63.03', '63.10', '63.72'];
const FILTER = 'year=2026&province=63&category=madya';
const TITLE = 'Peta UHC · UHC Awards 2026 · Kalimantan Selatan · hanya Madya';
/** The embed's heading: the app's name is in its credit line. */
const EMBED_TITLE = 'UHC Awards 2026 · Kalimantan Selatan · hanya Madya';

async function pngImage(path: string) {
  const { PNG } = await import('pngjs');
  return PNG.sync.read(readFileSync(path));
}

async function flatMapReady(page: Page) {
  await page.locator('[data-testid="flat-map"][data-ready="true"]').waitFor({ timeout: 30000 });
}

/** Which of `codes` (null: any unit) the 2D map draws under the legend strip, and which it draws somewhere above it. */
async function regionsAgainstLegend(page: Page, codes: string[] | null) {
  return page.evaluate((wanted) => {
    const probe = (window as unknown as { __petaUhcFlatMap: { codeAt(x: number, y: number): string | undefined } }).__petaUhcFlatMap;
    const canvas = document.querySelector('[data-testid="flat-map"] canvas')!.getBoundingClientRect();
    const legendTop = document.querySelector('[data-testid="legend"]')!.getBoundingClientRect().top - canvas.top;
    const under = new Set<string>();
    const above = new Set<string>();
    for (let y = 1; y < canvas.height; y += 2)
      for (let x = 1; x < canvas.width; x += 2) {
        const c = probe.codeAt(x, y);
        if (c && (!wanted || wanted.includes(c))) (y >= legendTop ? under : above).add(c);
      }
    return { under: [...under], above: [...above].sort() };
  }, codes);
}

describe('the embed is a graphic', () => {
  for (const [width, height] of [
    [320, 400],
    [640, 480],
  ] as const) {
    it(`at ${width}×${height}: whole title, map ≥ 60 % of the frame, legend strip clear of the filtered regions, sources`, async () => {
      const { page, errors, context } = await openPage(browser(), `/?${FILTER}&embed=1`, { width, height });
      await flatMapReady(page);
      await page.screenshot({ path: join(OUTPUT_DIR, `embed-${width}x${height}.png`) });
      const h1 = page.locator('h1');
      expect(await h1.textContent()).toBe(EMBED_TITLE);
      // Wrapped, not cut: the heading's text fits its box.
      expect(await h1.evaluate((e) => e.scrollWidth <= e.clientWidth && getComputedStyle(e).textOverflow !== 'ellipsis')).toBe(true);
      expect(await page.evaluate(() => [document.documentElement.scrollHeight, document.documentElement.scrollWidth])).toEqual([height, width]);
      const stage = (await page.locator('.map-stage').boundingBox())!;
      const legend = (await page.getByTestId('legend').boundingBox())!;
      // The legend is a strip along the bottom; the map is what lies above it.
      expect(legend.y + legend.height).toBeCloseTo(stage.y + stage.height, 0);
      const mapShare = (stage.width * (legend.y - stage.y)) / (width * height);
      expect(mapShare).toBeGreaterThanOrEqual(0.6);
      expect(await page.getByTestId('legend-madya').textContent()).toBe(String(KALSEL_MADYA.length));
      // The strip lists what the map colours; the title names the filter.
      expect(await page.getByTestId('legend-utama').isVisible()).toBe(false);
      const placed = await regionsAgainstLegend(page, KALSEL_MADYA);
      expect(placed.under).toEqual([]);
      expect(placed.above).toEqual(KALSEL_MADYA);
      expect(await page.getByTestId('embed-sources').textContent()).toMatch(/^Sumber: \d+ halaman berita · Batas wilayah: /);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  for (const [width, height] of [
    [320, 400],
    [640, 480],
  ] as const) {
    it(`the national embed at ${width}×${height}: map ≥ 60 % of the frame, no region under the legend strip`, async () => {
      const { page, errors, context } = await openPage(browser(), '/?year=2026&embed=1', { width, height });
      await flatMapReady(page);
      expect(await page.locator('h1').textContent()).toBe('UHC Awards 2026 · Seluruh Indonesia');
      const stage = (await page.locator('.map-stage').boundingBox())!;
      const legend = (await page.getByTestId('legend').boundingBox())!;
      await page.screenshot({ path: join(OUTPUT_DIR, `embed-national-${width}x${height}.png`) });
      expect((stage.width * (legend.y - stage.y)) / (width * height)).toBeGreaterThanOrEqual(0.6);
      const placed = await regionsAgainstLegend(page, null);
      expect(placed.under).toEqual([]);
      // Sampled every 2 px: the smallest towns are missed at 320 px, the rest are drawn above the strip.
      expect(placed.above.length).toBeGreaterThan(300);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('view=table&embed=1 embeds the filtered table', async () => {
    const { page, errors, context } = await openPage(browser(), `/?${FILTER}&view=table&embed=1`, { width: 320, height: 400 });
    const rows = page.locator('[data-testid="region-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(KALSEL_MADYA.length);
    expect(await page.locator('h1').textContent()).toBe(EMBED_TITLE);
    expect(await page.locator('[data-testid="flat-map"]').count()).toBe(0);
    expect((await rows.allTextContents()).every((r) => r.includes('Madya'))).toBe(true);
    await page.screenshot({ path: join(OUTPUT_DIR, 'embed-table-320x400.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('print any view', () => {
  it('a map view prints title, map, legend with counts and sources on one A4 landscape page', async () => {
    const { page, errors, context } = await openPage(browser(), `/?${FILTER}`);
    await flatMapReady(page);
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-map').waitFor({ state: 'visible' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await import('node:fs').then((fs) => fs.writeFileSync(join(OUTPUT_DIR, 'map-view.pdf'), pdf));
    expect(await pdfPageCount(pdf)).toBe(1);
    const size = await pdfPageSize(pdf);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
    // The map is an image on the page, drawn at 2× its 718 px box.
    expect((await pdfImages(pdf)).some((i) => i.width >= 1400)).toBe(true);
    const text = await pdfText(pdf);
    for (const fact of [
      TITLE,
      `Madya: ${KALSEL_MADYA.length}`,
      'Utama: disembunyikan filter',
      `${KALSEL_MADYA.length} dari 13 wilayah ditampilkan`,
      'Sumber penghargaan: ',
      'Batas wilayah: ',
      'idn-area-data',
    ])
      expect(text, fact).toContain(fact);
    for (const absent of ['Bagikan', 'Data saya', 'Ringkasan']) expect(text).not.toContain(absent);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a table view prints every filtered row under a header repeated on each page', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&category=madya&view=table');
    const rows = page.locator('[data-testid="region-table"] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(40);
    const names = await page.locator('[data-testid="region-table"] tbody th').allTextContents();
    await page.emulateMedia({ media: 'print' });
    await page.getByTestId('print-sheet').waitFor({ state: 'visible' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await import('node:fs').then((fs) => fs.writeFileSync(join(OUTPUT_DIR, 'table-view.pdf'), pdf));
    const pages = await pdfPageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    const text = await pdfText(pdf);
    for (const name of names) expect(text, name).toContain(name);
    for (let p = 1; p <= pages; p++) expect(await pdfText(pdf, p), `header on page ${p}`).toContain('Nama Provinsi Kategori');
    expect(text).toContain('UHC Awards 2026 · Seluruh Indonesia · hanya Madya');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a region print keeps its locator clear of the record cards and its criteria without a folded ▶', async () => {
    const { page, context } = await openPage(browser(), '/?region=16.07');
    await page.getByTestId('locator-map').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    const overlaps = await page.evaluate(() => {
      const l = document.querySelector('[data-testid="locator-map"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('.region-panel .record')]
        .map((r) => r.getBoundingClientRect())
        .filter((r) => r.left < l.right && r.right > l.left && r.top < l.bottom && r.bottom > l.top).length;
    });
    expect(overlaps).toBe(0);
    const text = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(text).toContain('Syarat kategori 2026 menurut sumber');
    expect(text).not.toMatch(/[▶▸►]/);
    await context.close();
  });
});

describe('exports people can use', () => {
  it('the table CSV is headed in Indonesian, names the view, and the PNG is 1600 px wide framed to the data', async () => {
    const { page, errors, context } = await openPage(browser(), `/?${FILTER}&view=table`);
    await expect.poll(() => page.locator('[data-testid="region-table"] tbody tr').count()).toBe(KALSEL_MADYA.length);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-csv').click()]);
    expect(csv.suggestedFilename()).toBe('peta-uhc-2026-kalimantan-selatan-madya.csv');
    const lines = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe(
      'Kode Kemendagri;Nama;Provinsi;Kategori 2026;Dasar kategori;Cakupan JKN (%);Peserta aktif (%);Perubahan dibanding 2024;Penerima;Sumber (alamat);Penerbit;Sumber lain untuk edisi ini;Asal data',
    );
    expect(lines).toHaveLength(KALSEL_MADYA.length + 1); // the header and one line per region
    expect(lines.slice(1).every((l) => l.includes(';Kalimantan Selatan;Madya;'))).toBe(true);
    // From the table view the map can still be downloaded: it is drawn from the boundary file.
    await page.getByTestId('share').click();
    expect(await page.getByTestId('download-png').isDisabled()).toBe(false);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    expect(png.suggestedFilename()).toBe('peta-uhc-2026-kalimantan-selatan-madya.png');
    const kalsel = await pngImage(await png.path());
    expect(kalsel.width).toBeGreaterThanOrEqual(1600);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the national PNG is framed to the archipelago, not to a sea of margin', async () => {
    const { page, errors, context } = await openPage(browser(), '/?year=2026&category=madya');
    await flatMapReady(page);
    await page.getByTestId('share').click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    expect(png.suggestedFilename()).toBe('peta-uhc-2026-madya.png');
    const path = await png.path();
    copyFileSync(path, join(OUTPUT_DIR, 'national-madya.png'));
    const image = await pngImage(path);
    expect(image.width).toBeGreaterThanOrEqual(1600);
    const px = (x: number, y: number) => [...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3)];
    const near = (a: number[], hex: number) => Math.abs(a[0]! - (hex >> 16)) + Math.abs(a[1]! - ((hex >> 8) & 255)) + Math.abs(a[2]! - (hex & 255)) < 12;
    // The map ends where the caption band (white across) begins.
    let mapBottom = 0;
    while (mapBottom < image.height && ![0.1, 0.3, 0.5, 0.7, 0.9].every((f) => near(px(Math.round(image.width * f), mapBottom), 0xffffff))) mapBottom++;
    expect(mapBottom).toBeGreaterThan(500);
    const xs: number[] = [];
    const ys: number[] = [];
    for (let y = 0; y < mapBottom; y += 3)
      for (let x = 0; x < image.width; x += 3)
        if (!near(px(x, y), 0xdbe7ef)) {
          xs.push(x);
          ys.push(y);
        }
    // Land reaches within 6 % of every edge of the map area (the padding is 24 px of it).
    expect(Math.min(...xs)).toBeLessThan(image.width * 0.06);
    expect(Math.max(...xs)).toBeGreaterThan(image.width * 0.94);
    expect(Math.min(...ys)).toBeLessThan(mapBottom * 0.06);
    expect(Math.max(...ys)).toBeGreaterThan(mapBottom * 0.94);
    expect(errors).toEqual([]);
    await context.close();
  });
});
