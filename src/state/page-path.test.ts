import { describe, expect, it } from 'vitest';
import { viewHref, pageShareLink } from './page-links';
import { queryWithPathRegion, regionCodeFromPath, regionPagePath, regionPageSegment, regionSlug } from './page-path';
import type { PageRegion } from './page-path';
import { DEFAULT_VIEW } from './view-state';

const banyuasin: PageRegion = { code: '16.07', level: 'kabupaten', name: 'Kabupaten Banyuasin', shortName: 'Banyuasin' };
const regions = new Map<string, PageRegion>([
  ['16.07', banyuasin],
  ['31', { code: '31', level: 'provinsi', name: 'Daerah Khusus Ibukota Jakarta', shortName: 'DKI Jakarta' }],
]);

describe('a region page’s path', () => {
  it('is the code and a readable name', () => {
    expect(regionPageSegment(banyuasin)).toBe('16.07-banyuasin');
    expect(regionPagePath(banyuasin, '/')).toBe('/wilayah/16.07-banyuasin/');
    expect(regionPagePath(banyuasin, '/peta/')).toBe('/peta/wilayah/16.07-banyuasin/');
    expect(regionPageSegment(regions.get('31')!)).toBe('31-dki-jakarta');
    expect(regionSlug('Kota Bogor')).toBe('kota-bogor');
    expect(regionSlug('Kabupaten Bogor')).toBe('bogor');
    expect(regionSlug('Kabupaten Toli-Toli')).toBe('toli-toli');
    expect(regionSlug('Kota Administrasi Jakarta Pusat')).toBe('kota-jakarta-pusat');
    expect(regionSlug('Kabupaten Administrasi Kepulauan Seribu')).toBe('kepulauan-seribu');
    expect(regionSlug('Kabupaten Pangkajene dan Kepulauan')).toBe('pangkajene-dan-kepulauan');
  });

  it('is read by its code: a stale or missing name still opens the region', () => {
    expect(regionCodeFromPath('/wilayah/16.07-banyuasin/', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/16.07-nama-lama/', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/16.07/', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/16.07-banyuasin', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/16.07-banyuasin/index.html', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/1607-banyuasin/', '/')).toBe('16.07');
    expect(regionCodeFromPath('/wilayah/63-kalimantan-selatan/', '/')).toBe('63');
    expect(regionCodeFromPath('/peta/wilayah/16.07-banyuasin/', '/peta/')).toBe('16.07');
  });

  it('is no region page otherwise', () => {
    for (const p of ['/', '/index.html', '/wilayah/', '/wilayah/banyuasin/', '/wilayah/123/', '/lain/16.07-banyuasin/', '/wilayah/16.07-banyuasin/x/'])
      expect(regionCodeFromPath(p, '/'), p).toBeNull();
    expect(regionCodeFromPath('/wilayah/16.07-banyuasin/', '/peta/')).toBeNull();
  });

  it('adds its region to the rest of the query, which keeps working', () => {
    expect(queryWithPathRegion('?year=2024&lang=en', '/wilayah/16.07-banyuasin/', '/')).toBe('?year=2024&lang=en&region=16.07');
    expect(queryWithPathRegion('', '/wilayah/16.07-banyuasin/', '/')).toBe('?region=16.07');
    expect(queryWithPathRegion('?region=63.06', '/wilayah/16.07-banyuasin/', '/')).toBe('?region=63.06');
    expect(queryWithPathRegion('?year=2024', '/', '/')).toBe('?year=2024');
  });
});

describe('the address and the shared link of a view', () => {
  const view = { ...DEFAULT_VIEW, year: 2024, lang: 'en' as const, region: '16.07' };

  it('is the region’s page with the rest of the view as its query', () => {
    expect(viewHref(view, regions, '/')).toBe('/wilayah/16.07-banyuasin/?year=2024&lang=en');
    expect(viewHref({ ...view, region: '31' }, regions, '/peta/')).toBe('/peta/wilayah/31-dki-jakarta/?year=2024&lang=en');
  });

  it('is the home page without a region, for an embed, or before the names are known', () => {
    expect(viewHref({ ...view, region: null }, regions, '/')).toBe('/?year=2024&lang=en');
    expect(viewHref({ ...view, embed: true }, regions, '/')).toBe('/?year=2024&region=16.07&lang=en&embed=1');
    expect(viewHref(view, undefined, '/')).toBe('/?year=2024&region=16.07&lang=en');
  });

  it('shares the region’s page naming the edition, as an old ?region= link is migrated', () => {
    expect(pageShareLink('https://peta.example', { ...view, year: null, lang: 'id' }, 2026, false, regions, '/')).toBe(
      'https://peta.example/wilayah/16.07-banyuasin/?year=2026',
    );
    expect(pageShareLink('https://peta.example', { ...view, region: null }, 2026, true, regions, '/')).toBe(
      'https://peta.example/?year=2024&lang=en&data=imported',
    );
  });
});
