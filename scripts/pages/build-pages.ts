/**
 * Writes the site's pages into a built dist/ (run by the Vite plugin in vite-plugin.ts after every `vite build`):
 * one page per kabupaten/kota and province at /wilayah/<code>-<slug>/ with its own head, social image and
 * no-JavaScript facts; the home page's head, counts and Dataset JSON-LD; sitemap.xml, robots.txt, the CSV.
 * Usage: tsx scripts/pages/build-pages.ts --dist dist [--base /] (SITE_ORIGIN=https://example.org)
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CategoryStatus } from '../../src/domain/award-record';
import { selectRegionRows } from '../../src/domain/select-regions';
import { translate, type MessageKey } from '../../src/i18n/dictionary';
import { regionCardWords, regionFacts, regionPageDescription, regionPageTitle, regionTitleName } from '../../src/shared/region-page-text';
import { PAGE_FOLDER, regionPageSegment } from '../../src/state/page-path';
import { homeBody, homeCounts, regionBody } from './page-body';
import { readPageDataset, readPageGeometry } from './page-dataset';
import { pageHtml } from './page-html';
import { PngCache } from './png-cache';
import { robotsTxt, sitemapXml } from './sitemap';
import { cardGeometry, homeCardSvg, regionCardSvg } from './social-card';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const t = (key: MessageKey, vars?: Record<string, string | number>) => translate('id', key, vars);

/** Where the pages will be served: the origin from SITE_ORIGIN (absolute og:image needs it), the base path from Vite. */
export function siteSettings(env: NodeJS.ProcessEnv, base: string): { origin: string; base: string } {
  const origin = (env.SITE_ORIGIN ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+$/.test(origin)) throw new Error(`SITE_ORIGIN must be an origin such as https://peta-uhc.example.org, not "${env.SITE_ORIGIN}"`);
  return { origin, base: base.endsWith('/') ? base : `${base}/` };
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1]! : fallback;
}

async function main() {
  const t0 = performance.now();
  const dist = arg('--dist', join(root, 'dist'));
  const { origin, base } = siteSettings(process.env, arg('--base', '/'));
  const site = `${origin}${base}`;
  const ds = readPageDataset(root);
  const geo = cardGeometry(readPageGeometry(root));
  const template = readFileSync(join(dist, 'index.html'), 'utf8');
  // The template must be the app's own page as Vite wrote it, not a page this script already wrote.
  if (template.includes('class="page-facts"')) throw new Error('region pages: dist/index.html was already processed; run vite build first');
  // A region page opens zoomed to its region, which the app draws from the full boundary file, not the coarse
  // first-view file the home page preloads (src/app/start-up.ts).
  const regionTemplate = template.replace('data/boundaries-first.topo.json', 'data/boundaries.topo.json');
  const cache = new PngCache(join(root, '.cache/region-pages'));
  mkdirSync(join(dist, 'og'), { recursive: true });
  const year = ds.latestYear;
  const colours = new Map<string, CategoryStatus>(
    selectRegionRows(ds, { year, provinces: [], categories: [], changes: [] }).map((r) => [r.region.code, r.status]),
  );
  const urls = [site];
  let bytes = 0;
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };

  for (const region of [...ds.provinces, ...ds.regencies]) {
    const f = regionFacts(ds, region.code, year)!;
    const segment = regionPageSegment(region);
    const url = `${site}${PAGE_FOLDER}/${segment}/`;
    const title = regionPageTitle(f, t);
    const description = regionPageDescription(f, t);
    const image = `og/${region.code}.png`;
    await cache.write(
      regionCardSvg(geo, { code: region.code, provinceCode: region.provinceCode, level: region.level }, colours, {
        site: t('siteName'),
        edition: t('editionOf', { year }),
        name: regionTitleName(f, t),
        place: f.province ? f.province.name : t('provinsi'),
        status: f.status,
        ...regionCardWords(f, t),
      }),
      join(dist, image),
    );
    const head = { title: `${title} · ${t('siteName')}`, shareTitle: title, description, url, image: `${site}${image}`, imageAlt: title };
    write(join(dist, PAGE_FOLDER, segment, 'index.html'), pageHtml(regionTemplate, head, regionBody(ds, f, t, base)));
    urls.push(url);
  }

  const counts = homeCounts(ds, t);
  const countsLine = counts.lines
    .filter((l) => l.key !== 'unknown')
    .map((l) => `${l.label}: ${l.short}`)
    .join(' · ');
  await cache.write(homeCardSvg(geo, colours, `${t('siteName')} · ${t('editionOf', { year })}`, countsLine), join(dist, 'og/home.png'));
  // At the site's root, not under data/: hosts cache data/* for a year (its files are asked for with ?v=), this one
  // keeps its address across data builds.
  const csv = 'awards.csv';
  copyFileSync(join(root, 'data/awards.csv'), join(dist, csv));
  const years = ds.editions.map((e) => e.year);
  const home = pageHtml(
    template,
    {
      title: t('homeTitle'),
      shareTitle: `${t('siteName')} · ${t('editionOf', { year })}`,
      description: `${t('siteTagline')} ${counts.completeness ?? ''}`.trim(),
      url: site,
      image: `${site}og/home.png`,
      imageAlt: `${t('siteName')} · ${t('editionOf', { year })}: ${countsLine}`,
      jsonLd: {
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        name: t('datasetName'),
        description: t('datasetDescription'),
        url: site,
        inLanguage: ['id', 'en'],
        isAccessibleForFree: true,
        spatialCoverage: { '@type': 'Place', name: 'Indonesia' },
        temporalCoverage: `${Math.min(...years)}/${Math.max(...years)}`,
        creator: { '@type': 'Organization', name: t('siteName'), url: site },
        distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${site}${csv}` }],
      },
    },
    homeBody(ds, t, `${base}${csv}`),
  );
  await cache.done();
  write(join(dist, 'index.html'), home);
  // Hosts serve 404.html for a path they do not hold: the app then reads the code from a stale or slug-less path.
  write(join(dist, '404.html'), home);
  write(join(dist, 'sitemap.xml'), sitemapXml(urls));
  write(join(dist, 'robots.txt'), robotsTxt(`${site}sitemap.xml`));
  console.log(
    `region pages: ${urls.length - 1} pages + home, ${cache.rendered} images rendered, ${cache.reused} reused; ` +
      `${(bytes / 1e6).toFixed(1)} MB HTML; ${Math.round(performance.now() - t0)} ms (origin ${origin}, base ${base})`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
