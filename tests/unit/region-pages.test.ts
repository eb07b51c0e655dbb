import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '@/i18n/dictionary';
import { regionFacts } from '@/shared/region-page-text';
import { MAP_CLASS_COLORS } from '@/shared/region-paint';
import { regionPageSegment } from '@/state/page-path';
import { homeBody, homeCounts, regionBody } from '../../scripts/pages/page-body';
import { pageHtml } from '../../scripts/pages/page-html';
import { siteSettings } from '../../scripts/pages/build-pages';
import { robotsTxt, sitemapXml } from '../../scripts/pages/sitemap';
import { testDataset } from './load-fixtures';

const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('id', key, vars);
const TEMPLATE = `<!doctype html><html lang="id"><head><meta name="description" content="x" /><title>Peta UHC</title><script type="module" src="/assets/index.js"></script></head><body><div id="root"><p>Memuat</p></div></body></html>`;
const head = {
  title: 'Kabupaten Banyuasin: UHC Madya 2026 · Peta UHC',
  shareTitle: 'Kabupaten Banyuasin: UHC Madya 2026',
  description: 'Naik dari Pratama (2024) · sumber: "RADAR" <Center> & co',
  url: 'https://peta.example/wilayah/16.07-banyuasin/',
  image: 'https://peta.example/og/16.07.png',
  imageAlt: 'Kabupaten Banyuasin: UHC Madya 2026',
};

describe('a built page', () => {
  it('has its own title, description, canonical, Open Graph and Twitter card, all escaped', () => {
    const html = pageHtml(TEMPLATE, head, '<article>facts</article>');
    expect(html).toContain('<title>Kabupaten Banyuasin: UHC Madya 2026 · Peta UHC</title>');
    expect(html).toContain('<meta name="description" content="Naik dari Pratama (2024) · sumber: &quot;RADAR&quot; &lt;Center&gt; &amp; co" />');
    expect(html).toContain('<link rel="canonical" href="https://peta.example/wilayah/16.07-banyuasin/" />');
    for (const tag of [
      '<meta property="og:title" content="Kabupaten Banyuasin: UHC Madya 2026" />',
      '<meta property="og:url" content="https://peta.example/wilayah/16.07-banyuasin/" />',
      '<meta property="og:image" content="https://peta.example/og/16.07.png" />',
      '<meta property="og:image:width" content="1200" />',
      '<meta property="og:locale" content="id_ID" />',
      '<meta property="og:locale:alternate" content="en_US" />',
      '<meta name="twitter:card" content="summary_large_image" />',
    ])
      expect(html).toContain(tag);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    // The app's own script stays, and the answer comes before the loading line the app replaces.
    expect(html).toContain('<script type="module" src="/assets/index.js"></script>');
    expect(html.indexOf('<article>facts</article>')).toBeLessThan(html.indexOf('Memuat'));
  });

  it('carries JSON-LD as data only, with nothing that could close its element', () => {
    const html = pageHtml(TEMPLATE, { ...head, jsonLd: { '@type': 'Dataset', name: '</script><script>alert(1)' } }, '');
    expect(html).toContain('<script type="application/ld+json">{"@type":"Dataset","name":"\\u003c/script>\\u003cscript>alert(1)"}</script>');
    expect(html.match(/<script(?![^>]*(type="module"|application\/ld\+json))/g)).toBeNull();
  });

  it('fails loudly when the template lacks what it replaces', () => {
    expect(() => pageHtml('<html><head></head><body></body></html>', head, '')).toThrow(/index.html has no/);
  });

  it('takes the origin from SITE_ORIGIN and the base path from Vite', () => {
    expect(siteSettings({}, '/')).toEqual({ origin: 'http://127.0.0.1:4173', base: '/' });
    expect(siteSettings({ SITE_ORIGIN: 'https://peta.example/' }, '/peta')).toEqual({ origin: 'https://peta.example', base: '/peta/' });
    expect(() => siteSettings({ SITE_ORIGIN: 'peta.example/x' }, '/')).toThrow(/SITE_ORIGIN/);
  });
});

describe('the answer in the HTML', () => {
  it('a region’s facts: name, province, category per edition, recipient and sources as safe links', () => {
    const ds = testDataset();
    const html = regionBody(ds, regionFacts(ds, '16.07')!, t, '/');
    expect(html).toContain('<h1>Kabupaten Banyuasin</h1>');
    expect(html).toContain('Provinsi Sumatera Selatan');
    expect(html).toContain('<h3>UHC Awards 2026: Madya</h3>');
    expect(html).toContain('<h3>UHC Awards 2024: Pratama</h3>');
    expect(html).toContain('Penerima: Bupati Dr. H. Askolani');
    expect(html).toContain('<a href="https://www.radarcenter.info/?p=9626" rel="noopener noreferrer">RADARCenter</a>');
    expect(html).not.toMatch(/<a (?![^>]*rel="noopener noreferrer")[^>]*href="https?:/);
  });

  it('a record’s figures in Indonesian notation, each with one percent sign', () => {
    const ds = testDataset();
    const html = regionBody(ds, regionFacts(ds, '35.06')!, t, '/');
    expect(html).toContain('<li>Angka: cakupan 98,72%, peserta aktif 80,12% (2025)</li>');
  });

  it('a region without data says "Belum ada data" and still names where its names and borders come from', () => {
    const ds = testDataset();
    const code = ds.regencies.find((r) => !ds.recordsByCode.has(r.code))!.code;
    const html = regionBody(ds, regionFacts(ds, code)!, t, '/');
    expect(html).toContain('belum ada data UHC Awards 2026');
    expect(html).toContain('<h3>UHC Awards 2026: Belum ada data</h3>');
    expect(html).toMatch(/<p class="page-facts-credit"><a href="https:/);
  });

  it('the home page’s counts are the summary’s: every class of the latest edition and the completeness line', () => {
    const ds = testDataset();
    const { lines, completeness } = homeCounts(ds, t);
    expect(lines.map((l) => l.key)).toEqual(['utama', 'madya', 'pratama', 'awarded', 'none', 'unknown']);
    expect(lines.reduce((s, l) => s + Number(l.value.match(/^\d+/)![0]), 0)).toBe(ds.regencies.length);
    expect(completeness).toMatch(/^\d+ dari 397 kabupaten\/kota penerima tercatat di data ini \(\d+ di antaranya penerima dengan kategori tidak disebut\)\.$/);
    const html = homeBody(ds, t, '/data/awards.csv');
    // Each count keyed to the first map's colour (painted with it, src/app/first-map.ts); the hatch for no record.
    for (const l of lines)
      expect(html).toContain(
        `<tr data-count="${l.key}"><th scope="row"><span class="swatch swatch--${l.key}${l.key === 'unknown' ? ' swatch--hatch' : ''}" data-color="${MAP_CLASS_COLORS[l.key]}" aria-hidden="true"></span> ${l.label}</th><td>${l.value}</td></tr>`,
      );
    expect(html).toContain('<canvas data-first-map aria-hidden="true"></canvas>');
    expect(html).toContain('<a href="/data/awards.csv" download>');
  });
});

describe('sitemap and robots', () => {
  it('list the home page and a page for each of the 552 units', () => {
    const ds = testDataset();
    const urls = ['https://peta.example/', ...[...ds.provinces, ...ds.regencies].map((r) => `https://peta.example/wilayah/${regionPageSegment(r)}/`)];
    const xml = sitemapXml(urls);
    expect(xml.match(/<loc>/g)).toHaveLength(553);
    expect(new Set(urls).size).toBe(553);
    expect(xml).toContain('<loc>https://peta.example/wilayah/16.07-banyuasin/</loc>');
    expect(xml).toContain('<loc>https://peta.example/wilayah/63.06-hulu-sungai-selatan/</loc>');
    expect(robotsTxt('https://peta.example/sitemap.xml')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://peta.example/sitemap.xml\n');
  });
});
