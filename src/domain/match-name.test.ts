import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { realGazetteer } from '../../tests/unit/load-fixtures';
import { editDistance, matchRegionName, type MatchResult } from './match-name';
import { REGION_ALIASES } from './region-aliases';

const g = realGazetteer();
const code = (r: MatchResult) => (r.kind === 'match' ? r.code : r.kind);
const m = (text: string, opts = {}) => code(matchRegionName(text, g, opts));

describe('matchRegionName', () => {
  it('finds every unit by its own display name and short name', () => {
    for (const r of g.regencies) expect(m(r.name), r.name).toBe(r.code);
    // A bare province name can also be a city's ("Jambi"); with "Provinsi" it is one unit.
    for (const r of g.provinces) expect(m(`Provinsi ${r.name}`), r.name).toBe(r.code);
    // Short names alone are unique except where a Kota and a Kabupaten (or a province) share one.
    expect(m('Hulu Sungai Selatan')).toBe('63.06');
  });

  it('handles case and the Kab./Kabupaten/Kota/Kota Adm./Pemkab prefixes', () => {
    expect(m('kab banyuasin')).toBe('16.07');
    expect(m('Kab. Banyuasin')).toBe('16.07');
    expect(m('KABUPATEN BANYUASIN')).toBe('16.07');
    expect(m('Pemkab Hulu Sungai Selatan')).toBe('63.06');
    expect(m('Kota Adm. Jakarta Pusat')).toBe('31.71');
    expect(m('Kota Administrasi Jakarta Selatan')).toBe('31.74');
    expect(m('Pemerintah Aceh')).toBe('11');
    expect(m('Provinsi Kalimantan Selatan')).toBe('63');
    // English lists put the kind last; a common misspelling of Kabupaten.
    expect(m('Biak Numfor Regency')).toBe('91.06');
    expect(m('Bandung City')).toBe('32.73');
    expect(m('Bandung Regency')).toBe('32.04');
    expect(m('Bali Province')).toBe('51');
    expect(m('Kebupaten Pelalawan')).toBe('14.05');
    expect(m('Kuansing')).toBe('14.09');
  });

  it('handles missing and extra spaces', () => {
    expect(m('Padanglawas')).toBe('12.21');
    expect(m('Tebingtinggi')).toBe('12.76');
    expect(m('Padang Sidimpuan')).toBe('12.77');
    expect(m('Kota Bau-Bau')).toBe('74.72');
    expect(m('  Hulu   Sungai  Tengah ')).toBe('63.07');
  });

  it('knows the common short names', () => {
    expect(m('HSS')).toBe('63.06');
    expect(m('hst')).toBe('63.07');
    expect(m('HSU')).toBe('63.08');
    expect(m('OKI')).toBe('16.02');
    expect(m('OKU')).toBe('16.01');
    expect(m('Muba')).toBe('16.06');
    expect(m('SITARO')).toBe('71.09');
    expect(m('Abdya')).toBe('11.12');
    expect(m('Jakpus')).toBe('31.71');
    expect(m('Kabupaten Hulu Sungai Selatan (Kab. HSS)')).toBe('63.06');
    expect(m('Kepulauan Sangihe')).toBe('71.03');
    expect(m('Sangihe')).toBe('71.03');
  });

  it('follows renamed units to their current names', () => {
    expect(m('Toba Samosir')).toBe('12.12');
    expect(m('Mamuju Utara')).toBe('76.01');
    expect(m('Maluku Tenggara Barat')).toBe('81.03');
    expect(m('Kabupaten Pontianak')).toBe('61.02');
    // The city keeps its name.
    expect(m('Kota Pontianak')).toBe('61.71');
    expect(m('Pontianak')).toBe('61.71');
  });

  it('never picks one of two real units silently', () => {
    const r = matchRegionName('Bekasi', g);
    expect(r.kind).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code)).toEqual(['32.16', '32.75']);
    expect(m('Kota Bekasi')).toBe('32.75');
    expect(m('Kabupaten Bekasi')).toBe('32.16');
    expect(m('Jambi')).toBe('ambiguous'); // the province and the city
    expect(m('Mura')).toBe('ambiguous'); // Musi Rawas and Murung Raya
  });

  it('uses a province hint to settle what it can', () => {
    expect(m('Mura', { provinceCodes: ['62'] })).toBe('62.12');
    expect(m('Mura', { provinceCodes: ['16'] })).toBe('16.05');
    expect(m('Merauke', { provinceCodes: ['91', '93', '94', '95'] })).toBe('93.01');
    expect(m('Jambi', { kind: 'kabkota' })).toBe('15.71');
    // A hint that excludes the only unit of that name gives nothing in strict mode.
    expect(m('Banyuasin', { provinceCodes: ['63'], strict: true })).toBe('none');
  });

  it('forgives small typos but not wild guesses', () => {
    expect(m('Banyuasn')).toBe('16.07');
    expect(m('Hulu Sungai Selatn')).toBe('63.06');
    expect(m('Balagan')).toBe('63.11');
    expect(m('Klungkng')).toBe('51.05');
    expect(m('Atlantis')).toBe('none');
    expect(m('')).toBe('none');
    expect(m('XYZ')).toBe('none');
  });

  it('lists near names as ranked candidates when a typo fits several', () => {
    const r = matchRegionName('Bogr', g);
    // four letters: too short to guess
    expect(r.kind).toBe('none');
    const r2 = matchRegionName('Kota Batu', g);
    expect(code(r2)).toBe('35.79');
  });

  it('every alias points at real units', () => {
    const names = new Set([...g.provinces, ...g.regencies].map((r) => r.name));
    for (const a of REGION_ALIASES) for (const t of a.targets) expect(names.has(t), `${a.alias} → ${t}`).toBe(true);
  });

  it('reads names as people type them in their own lists, without asking', () => {
    expect(m('Kab. Kep. Sitaro')).toBe('71.09');
    expect(m('Kab Kepl. Sitaro')).toBe('71.09');
    expect(m('KAB. KEP. SANGIHE')).toBe('71.03');
    expect(m('konawe utara')).toBe('74.09');
    expect(m('Kota Padangpanjang')).toBe('13.74');
    expect(m('Padangpanjang')).toBe('13.74');
    expect(m('Kab.Natuna')).toBe('21.03');
    expect(m('Kab .Natuna')).toBe('21.03');
    expect(m('KABUPATEN HULU SUNGAI SELATAN')).toBe('63.06');
    expect(m('Pemkot Banjarbaru')).toBe('63.72');
    expect(m('Pemkab. Tanah Bumbu')).toBe('63.10');
    expect(m('Kota Tebingtinggi')).toBe('12.76');
    expect(m('Kepl. Meranti')).toBe('14.10');
    expect(m('Kab. Kep. Seribu')).toBe('31.01');
    expect(m('Pulau Seribu')).toBe('31.01');
    expect(m('Kota Pangkalpinang')).toBe('19.71');
    expect(m('Kota Bau-bau')).toBe('74.72');
    expect(m('Kab. Toli-Toli')).toBe('72.04');
    expect(m('Kabupaten Tojo Una-Una')).toBe('72.09');
    expect(m('Kota Palangka Raya')).toBe('62.71');
    expect(m('Kabupaten Fakfak')).toBe('92.03');
    expect(m('Kota Tidore')).toBe('82.72');
    expect(m('Kab. OKU Timur')).toBe('16.08');
    expect(m('Kabupaten Bogor, Jawa Barat')).toBe('32.01');
    expect(m('Bogor, Jawa Barat')).toBe('ambiguous');
  });

  it('asks about a name that is really two places, even with the province', () => {
    const r = matchRegionName('Bogor', g, { provinceCodes: ['32'] });
    expect(r.kind).toBe('ambiguous');
    expect(r.candidates.map((c) => c.code)).toEqual(['32.01', '32.71']);
  });
});

const byName = new Map([...g.provinces, ...g.regencies].map((r) => [r.name, r]));

describe('every short name in region-aliases.ts', () => {
  it.each(REGION_ALIASES.map((a) => [a.alias, a] as const))('%s', (_, a) => {
    const targets = a.targets.map((t) => byName.get(t)?.code);
    expect(targets.every(Boolean), `${a.alias} → ${a.targets.join(', ')}`).toBe(true);
    // A kind-limited alias ("Kabupaten Pontianak") is read with its kind; others as written, capitals or not.
    const text = a.kind ? `${a.kind === 'kota' ? 'Kota' : 'Kabupaten'} ${a.alias}` : a.alias;
    for (const written of [text, text.toUpperCase(), text.toLowerCase()]) {
      const r = matchRegionName(written, g);
      if (targets.length === 1) expect(code(r), written).toBe(targets[0]);
      else expect(r.candidates.map((c) => c.code).sort(), written).toEqual([...targets].sort());
    }
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = matchRegionName(s, g);
        expect(['match', 'ambiguous', 'none']).toContain(r.kind);
      }),
      { numRuns: 300 },
    );
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('banyuasin', 'banyuasin')).toBe(0);
    expect(editDistance('banyuasn', 'banyuasin')).toBe(1);
    expect(editDistance('bnayuasin', 'banyuasin')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
