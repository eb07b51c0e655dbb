import { describe, expect, it } from 'vitest';
import { realGazetteer, realPlacesFile } from '../../tests/unit/load-fixtures';
import { placesOf } from './places';
import { indexPlaces } from './suggest-places';
import { suggestRegions } from './suggest-regions';

const g = realGazetteer();
const file = realPlacesFile();
const places = indexPlaces(placesOf(file, g));
/** What the list shows: the place (if any) and the region it opens. */
const lines = (text: string, limit?: number) =>
  suggestRegions(text, g, limit, places).map((s) => `${s.place ? `${s.place.name} (${s.place.kind}) · ` : ''}${g.byCode.get(s.code)!.name}`);

describe('suggestRegions with places', () => {
  it('finds the towns people name a region by', () => {
    expect(lines('kandangan')).toEqual([
      'Kandangan (kecamatan) · Kabupaten Hulu Sungai Selatan',
      'Kandangan (kecamatan) · Kabupaten Kediri',
      'Kandangan (kecamatan) · Kabupaten Temanggung',
      'Kandangan (kelurahan) · Kota Surabaya',
    ]);
    expect(lines('cibinong')[0]).toBe('Cibinong (kecamatan) · Kabupaten Bogor');
    expect(lines('semarapura')).toContain('Semarapura Kaja (kelurahan) · Kabupaten Klungkung');
    expect(lines('semarapura')).toHaveLength(1);
    expect(lines('pangkalan balai')).toEqual(['Pangkalan Balai (kelurahan) · Kabupaten Banyuasin']);
  });

  it('puts every match on a region name above place names, and a region above its own places', () => {
    // "Banyuasin" is also a kecamatan name (Banyuasin I, II, III) of Banyuasin itself: one line, the region's.
    expect(lines('banyuasin')[0]).toBe('Kabupaten Banyuasin');
    expect(lines('banyuasin').filter((l) => l.endsWith('Kabupaten Banyuasin'))).toHaveLength(1);
    // "Tanah" starts region names and many kecamatan: the regions come first.
    const tanah = lines('tanah');
    const firstPlace = tanah.findIndex((l) => l.includes('(kecamatan)') || l.includes('(kelurahan)'));
    expect(tanah.slice(0, 3)).toEqual(expect.arrayContaining(['Kabupaten Tanah Bumbu', 'Kabupaten Tanah Datar', 'Kabupaten Tanah Laut']));
    expect(firstPlace === -1 || tanah.slice(0, firstPlace).every((l) => !l.includes(' · '))).toBe(true);
    expect(lines('bogor').slice(0, 2)).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
  });

  it('lets "kec" and "kel" ask for one kind of place, and a kind word for the region win when it fits', () => {
    expect(lines('kec kandangan').every((l) => l.includes('(kecamatan)'))).toBe(true);
    expect(lines('kelurahan kandangan')).toEqual(['Kandangan (kelurahan) · Kota Surabaya', 'Kandangan Barat (kelurahan) · Kabupaten Hulu Sungai Selatan']);
    expect(lines('kota bogor')).toEqual(['Kota Bogor']);
    expect(lines('kota semarapura')).toContain('Semarapura Kaja (kelurahan) · Kabupaten Klungkung');
  });

  it('reads Kemendagri codes with or without the dot, never as places', () => {
    expect(lines('16.07')).toEqual(['Kabupaten Banyuasin']);
    expect(lines('1607')).toEqual(['Kabupaten Banyuasin']);
    expect(suggestRegions('1607', g, 8, places)[0]).toEqual({ code: '16.07', rank: 0, alias: '16.07' });
    expect(lines('16 07')).toEqual(['Kabupaten Banyuasin']);
    // A province code: the province, then its units in code order.
    expect(lines('16', 3)).toEqual(['Sumatera Selatan', 'Kabupaten Ogan Komering Ulu', 'Kabupaten Ogan Komering Ilir']);
    expect(lines('16.7').slice(0, 2)).toEqual(['Kota Palembang', 'Kota Pagar Alam']);
    expect(lines('99.99')).toEqual([]);
  });
});
