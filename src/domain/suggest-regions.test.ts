import { describe, expect, it } from 'vitest';
import { realGazetteer } from '../../tests/unit/load-fixtures';
import { suggestRegions } from './suggest-regions';

const g = realGazetteer();
const names = (text: string, limit?: number) => suggestRegions(text, g, limit).map((s) => g.byCode.get(s.code)!.name);

describe('suggestRegions', () => {
  it('puts the region whose name starts with the text first ("banyuas" is Banyuasin, not Banyumas)', () => {
    expect(names('banyuas')[0]).toBe('Kabupaten Banyuasin');
    expect(names('banyu')).toEqual(expect.arrayContaining(['Kabupaten Banyuasin', 'Kabupaten Banyumas', 'Kabupaten Banyuwangi']));
    expect(names('b').length).toBe(8);
  });

  it('matches the start of any word, in any order', () => {
    expect(names('hulu sungai')).toEqual(['Kabupaten Hulu Sungai Selatan', 'Kabupaten Hulu Sungai Tengah', 'Kabupaten Hulu Sungai Utara']);
    expect(names('palembang kota')[0]).toBe('Kota Palembang');
    expect(names('kutai')).toEqual(expect.arrayContaining(['Kabupaten Kutai Barat', 'Kabupaten Kutai Kartanegara', 'Kabupaten Kutai Timur']));
    expect(names('tanah')).toEqual(expect.arrayContaining(['Kabupaten Tanah Bumbu', 'Kabupaten Tanah Laut', 'Kabupaten Tanah Datar']));
  });

  it('knows the short names people use, and says which one matched', () => {
    const hss = suggestRegions('HSS', g)[0]!;
    expect(hss).toEqual({ code: '63.06', rank: 0, alias: 'HSS' });
    expect(names('kotim')[0]).toBe('Kabupaten Kotawaringin Timur');
  });

  it('offers provinces too, after kab/kota of the same rank, and lets kind words narrow the list', () => {
    expect(names('kalimantan selatan')).toContain('Kalimantan Selatan');
    expect(names('bogor')).toEqual(['Kabupaten Bogor', 'Kota Bogor']);
    expect(names('kota bogor')).toEqual(['Kota Bogor']);
    expect(names('kab bandung')).toEqual(['Kabupaten Bandung', 'Kabupaten Bandung Barat']);
  });

  it('forgives a typo only when nothing matches as typed', () => {
    expect(names('banyuasn')[0]).toBe('Kabupaten Banyuasin');
    expect(names('zzzz')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(names('kab')).toEqual([]);
  });
});
