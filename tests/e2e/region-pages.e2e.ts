import { describe, expect, it } from 'vitest';
import { regionPageSegment } from '@/state/page-path';
import { testDataset } from '../unit/load-fixtures';
import { baseUrl, openPage, useBrowser } from './browser';

const browser = useBrowser();
const flatReady = '[data-testid="flat-map"][data-ready="true"]';

/** What a reader without JavaScript (or a crawler) gets: the HTML with every script removed, as text. */
async function textWithoutScripts(path: string): Promise<{ html: string; text: string }> {
  const r = await fetch(baseUrl() + path);
  expect(r.status).toBe(200);
  const html = (await r.text()).replace(/<script[\s\S]*?<\/script>/g, '');
  const text = html
    .replace(/<head>[\s\S]*<\/head>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
  return { html, text };
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  expect([...bytes.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('a page per region', () => {
  it('/wilayah/16.07-banyuasin/ opens Banyuasin’s panel on the map, and the rest of the query still works', async () => {
    const { page, errors, context } = await openPage(browser(), '/wilayah/16.07-banyuasin/');
    await page.locator(flatReady).waitFor();
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    expect(await page.getByTestId('panel-status').textContent()).toContain('Madya');
    expect(new URL(page.url()).pathname).toBe('/wilayah/16.07-banyuasin/');
    expect(await page.title()).toBe('Kabupaten Banyuasin: UHC Madya 2026 · Peta UHC');

    await page.goto(`${baseUrl()}/wilayah/16.07-banyuasin/?year=2024&lang=en`);
    await page.locator(flatReady).waitFor();
    await expect.poll(() => page.getByTestId('panel-status').textContent()).toContain('Pratama');
    expect(await page.getByTestId('panel-status').textContent()).toContain('2024');
    // The app re-renders the page in English; the tab's title follows.
    expect(await page.getByTestId('region-panel').getByRole('heading', { name: 'History' }).count()).toBe(1);
    await expect.poll(() => page.title()).toBe('Kabupaten Banyuasin: UHC Pratama 2024 · Peta UHC');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/wilayah/16.07-banyuasin/?year=2024&lang=en');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the code is the key: a stale name opens the region, and the address gets its current name', async () => {
    const { page, errors, context } = await openPage(browser(), '/wilayah/16.07-nama-lama/?year=2026');
    await page.locator(flatReady).waitFor();
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/wilayah/16.07-banyuasin/');
    expect(new URL(page.url()).search).toBe('?year=2026');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an old ?region=16.07 link still opens Banyuasin, and moves to its page; closing the panel goes home', async () => {
    const { page, errors, context } = await openPage(browser(), '/?region=16.07');
    await page.locator(flatReady).waitFor();
    await expect.poll(() => page.getByTestId('region-panel').locator('h2').textContent()).toBe('Kabupaten Banyuasin');
    expect(new URL(page.url()).pathname).toBe('/wilayah/16.07-banyuasin/');
    await page.getByTestId('region-panel').getByRole('button', { name: 'Tutup' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await page.goBack();
    await expect.poll(() => page.getByTestId('region-panel').count()).toBe(1);
    expect(new URL(page.url()).pathname).toBe('/wilayah/16.07-banyuasin/');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Share on a region offers its page and the ready WhatsApp message', async () => {
    const { page, errors, context } = await openPage(browser(), '/wilayah/16.07-banyuasin/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator(flatReady).waitFor();
    await page.getByTestId('share').click();
    const link = `${baseUrl()}/wilayah/16.07-banyuasin/?year=2026`;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await page.getByTestId('share-message').inputValue()).toBe(`Kabupaten Banyuasin meraih UHC Madya 2026 (2024: Pratama) — ${link}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('readable without JavaScript', () => {
  it('Banyuasin, Hulu Sungai Selatan and a region without data: name, category (or "belum ada data") and source', async () => {
    const ds = testDataset();
    const noData = ds.regencies.find((r) => !ds.recordsByCode.has(r.code))!;
    const cases = [
      {
        path: '/wilayah/16.07-banyuasin/',
        name: 'Kabupaten Banyuasin',
        category: 'UHC Madya 2026',
        source: 'RADARCenter',
        href: 'https://www.radarcenter.info/?p=9626',
      },
      {
        path: '/wilayah/63.06-hulu-sungai-selatan/',
        name: 'Kabupaten Hulu Sungai Selatan',
        category: 'UHC Utama 2026',
        source: 'Pemkab Hulu Sungai Selatan',
        href: 'https://hulusungaiselatankab.go.id/pemkab/?p=41235',
      },
      // A region with no award record: its names and borders still have their source.
      { path: `/wilayah/${regionPageSegment(noData)}/`, name: noData.name, category: 'belum ada data', source: 'idn-area-data', href: 'https://' },
    ];
    for (const c of cases) {
      const { html, text } = await textWithoutScripts(c.path);
      expect(text, c.path).toContain(c.name);
      expect(text, c.path).toContain(c.category);
      expect(text, c.path).toContain(c.source);
      expect(html, c.path).toMatch(new RegExp(`<a href="${c.href.replace(/[.?/]/g, '\\$&')}[^"]*" rel="noopener noreferrer">`));
      // Its preview picture: a 1200×630 PNG.
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)![1]!;
      const png = await fetch(baseUrl() + new URL(image).pathname);
      expect(png.headers.get('content-type')).toContain('image/png');
      expect(pngSize(new Uint8Array(await png.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    }
  });

  it('a browser with JavaScript off shows the region’s answer', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/wilayah/63.06-hulu-sungai-selatan/`);
    expect(await page.locator('h1').first().textContent()).toBe('Kabupaten Hulu Sungai Selatan');
    expect(await page.locator('.page-facts-answer').textContent()).toBe('Kabupaten Hulu Sungai Selatan: UHC Utama 2026');
    await context.close();
  });

  it('sitemap.xml lists every unit’s page and the home page; robots.txt points to it; the CSV is public', async () => {
    const xml = await (await fetch(`${baseUrl()}/sitemap.xml`)).text();
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.filter((p) => p.startsWith('/wilayah/')).length).toBeGreaterThanOrEqual(552);
    expect(locs).toContain('/');
    expect(locs).toContain('/wilayah/16.07-banyuasin/');
    expect(await (await fetch(`${baseUrl()}/robots.txt`)).text()).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    const home = (await (await fetch(`${baseUrl()}/`)).text()).match(/<script type="application\/ld\+json">(.*?)<\/script>/)![1]!;
    const csvUrl = new URL((JSON.parse(home) as { distribution: { contentUrl: string }[] }).distribution[0]!.contentUrl).pathname;
    const csv = await fetch(baseUrl() + csvUrl);
    expect((await csv.text()).split('\n')[0]).toMatch(/^code,name_as_written,level,year,category,/);
  });
});

describe('the answer first (issue 27): the home page’s HTML carries the counts the app then shows', () => {
  it('in Indonesian and in English, class by class, with the completeness line', async () => {
    const { html } = await textWithoutScripts('/');
    const written = new Map(
      [...html.matchAll(/<tr data-count="(\w+)"><th scope="row">(?:<span [^>]*><\/span> )?[^<]*<\/th><td>([^<]*)<\/td><\/tr>/g)].map((m) => [m[1]!, m[2]!]),
    );
    expect([...written.keys()]).toEqual(['utama', 'madya', 'pratama', 'awarded', 'none', 'unknown']);
    const recorded = html.match(/<p class="page-facts-recorded">([^<]*)<\/p>/)![1]!;
    const numbers = (s: string) => s.match(/\d+/g)!.join(' ');
    for (const lang of ['id', 'en']) {
      const { page, errors, context } = await openPage(browser(), lang === 'en' ? '/?lang=en' : '/');
      await page.getByTestId('count-utama').waitFor();
      for (const [key, value] of written) {
        const shown = (await page.getByTestId(`count-${key}`).textContent())!;
        if (lang === 'id') expect(shown, key).toBe(value);
        else expect(numbers(shown), key).toBe(numbers(value));
      }
      const line = (await page.getByTestId('recorded-of').textContent())!;
      if (lang === 'id') expect(line).toContain(recorded.replace(/\.$/, ''));
      expect(numbers(line).startsWith(numbers(recorded))).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});
