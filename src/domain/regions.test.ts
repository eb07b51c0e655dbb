import { describe, expect, it } from 'vitest';
import { realGazetteer } from '../../tests/unit/load-fixtures';
import { createGazetteer, levelOfCode, toDisplayCase } from './regions';

describe('gazetteer', () => {
  const g = realGazetteer();

  it('has the 38 provinces and 514 kabupaten/kota of the current Kemendagri list', () => {
    expect(g.provinces).toHaveLength(38);
    expect(g.regencies).toHaveLength(514);
    expect(g.regencies.filter((r) => r.level === 'kota')).toHaveLength(98);
    expect(g.regencies.filter((r) => r.level === 'kabupaten')).toHaveLength(416);
  });

  it('gives display names in normal case with kind and province', () => {
    expect(g.byCode.get('63.06')).toMatchObject({
      name: 'Kabupaten Hulu Sungai Selatan',
      shortName: 'Hulu Sungai Selatan',
      level: 'kabupaten',
      provinceCode: '63',
    });
    expect(g.byCode.get('63.72')).toMatchObject({ name: 'Kota Banjarbaru', level: 'kota' });
    expect(g.byCode.get('71.09')?.name).toBe('Kabupaten Kepulauan Siau Tagulandang Biaro');
    expect(g.byCode.get('16.07')?.name).toBe('Kabupaten Banyuasin');
    expect(g.byCode.get('63')?.name).toBe('Kalimantan Selatan');
    expect(g.byCode.get('31')?.shortName).toBe('DKI Jakarta');
  });

  it('puts the 2022 Papua provinces in place (Merauke is Papua Selatan)', () => {
    expect(g.byCode.get('93.01')).toMatchObject({ name: 'Kabupaten Merauke', provinceCode: '93' });
    expect(g.byCode.get('93')?.name).toBe('Papua Selatan');
  });

  it('turns capitalised names from older releases into normal case', () => {
    expect(toDisplayCase('KABUPATEN PANGKAJENE DAN KEPULAUAN')).toBe('Kabupaten Pangkajene dan Kepulauan');
    expect(toDisplayCase('KOTA TANJUNG BALAI')).toBe('Kota Tanjung Balai');
    expect(toDisplayCase('KABUPATEN TOLI-TOLI')).toBe('Kabupaten Toli-Toli');
    expect(toDisplayCase('Kota Banjarbaru')).toBe('Kota Banjarbaru');
  });

  it('reads the level from the code (cities are numbered 71 and up)', () => {
    expect(levelOfCode('16')).toBe('provinsi');
    expect(levelOfCode('16.07')).toBe('kabupaten');
    expect(levelOfCode('16.74')).toBe('kota');
    expect(levelOfCode('1607')).toBeNull();
  });

  it('rejects a broken gazetteer instead of loading it', () => {
    expect(() => createGazetteer([{ code: '16', name: 'X' }], [{ code: '17.01', name: 'Y', provinceCode: '17' }])).toThrow(/unknown province/);
    expect(() =>
      createGazetteer(
        [{ code: '16', name: 'X' }],
        [
          { code: '16.01', name: 'A' },
          { code: '16.01', name: 'B' },
        ],
      ),
    ).toThrow(/duplicate/);
  });
});
