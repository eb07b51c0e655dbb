import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledDataset, realGazetteer, repoRoot } from '../../tests/unit/load-fixtures';
import { formatIssue } from './dataset-issue';
import { parseAwardCsv } from './parse-award-rows';

const years = new Set([2023, 2024, 2025, 2026]);
const parseFixture = (name: string) =>
  parseAwardCsv(readFileSync(join(repoRoot, 'tests/fixtures', name), 'utf8'), { file: name, gazetteer: realGazetteer(), years });

describe('the bundled dataset', () => {
  const { file, errors, warnings } = bundledDataset();

  it('validates with no error and no warning', () => {
    expect(errors.map(formatIssue)).toEqual([]);
    expect(warnings.map(formatIssue)).toEqual([]);
  });

  it('holds every transcribed row, each with a source', () => {
    expect(file.records).toHaveLength(592);
    expect(file.records.every((r) => r.sources.length === 1 && /^https?:\/\//.test(r.sources[0]!.url) && r.sources[0]!.publisher)).toBe(true);
    const y2026 = file.records.filter((r) => r.year === 2026);
    expect(new Set(y2026.filter((r) => r.level !== 'provinsi' && r.category !== 'none').map((r) => r.code)).size).toBe(219);
    // Of those, with the category stated on at least one page.
    expect(new Set(y2026.filter((r) => r.level !== 'provinsi' && ['utama', 'madya', 'pratama'].includes(r.category)).map((r) => r.code)).size).toBe(181);
    // Regions a round-up names as not awarded are records too, so the map can tell them from "no record".
    const stated = y2026.filter((r) => r.evidence !== 'list');
    expect(
      stated
        .filter((r) => r.category === 'none')
        .map((r) => r.code)
        .sort(),
    ).toEqual(['21.72', '74.03', '74.03', '74.04', '74.04', '82.03', '82.08', '82.71']);
    // And those a complete list implies: Lampung's eleven beside its four recipients, two of the Bukittinggi branch's five,
    // Jambi's seven beside its four ("hanya empat daerah").
    const inferredNone = y2026.filter((r) => r.level !== 'provinsi' && r.evidence === 'list' && r.category === 'none').map((r) => r.code);
    expect(inferredNone.filter((c) => c.startsWith('18.'))).toHaveLength(11);
    expect(inferredNone.filter((c) => !c.startsWith('18.')).sort()).toEqual(['13.06', '13.12', '15.01', '15.02', '15.04', '15.05', '15.08', '15.09', '15.72']);
    expect(new Set(y2026.filter((r) => r.level !== 'provinsi' && r.category === 'none').map((r) => r.code)).size).toBe(26);
    expect(new Set(y2026.filter((r) => r.level === 'provinsi' && r.category !== 'none').map((r) => r.code)).size).toBe(31);
    // No province is said not awarded: the list of 31 (jelajahperistiwa) is not complete where other pages say 32.
    expect(y2026.filter((r) => r.level === 'provinsi' && r.category === 'none')).toEqual([]);
    // The earlier editions: kab/kota with a record of an award (and with its category stated), and those not awarded.
    const kabkota = (year: number, keep: (c: string) => boolean) =>
      new Set(file.records.filter((r) => r.year === year && r.level !== 'provinsi' && keep(r.category)).map((r) => r.code)).size;
    const stated2 = (c: string) => ['utama', 'madya', 'pratama'].includes(c);
    expect([kabkota(2024, (c) => c !== 'none'), kabkota(2024, stated2)]).toEqual([116, 60]);
    expect([kabkota(2023, (c) => c !== 'none'), kabkota(2023, stated2), kabkota(2023, (c) => c === 'none')]).toEqual([76, 3, 9]);
    // Every note speaks both UI languages.
    expect(file.records.filter((r) => r.note).every((r) => r.note!.id && r.note!.en && r.note!.id !== '')).toBe(true);
  });

  it('keeps several sources for one region and edition as separate records', () => {
    const jember = file.records.filter((r) => r.code === '35.09' && r.year === 2026);
    expect(jember.map((r) => r.metrics.coveragePct).sort()).toEqual([96.5, 99.07]);
    expect(jember.map((r) => r.id)).toEqual(['35.09/2026/1', '35.09/2026/2']);
  });

  it('structures officials: recipient, whom they represented, accompanying list', () => {
    const banyuasin = file.records.find((r) => r.code === '16.07' && r.year === 2026)!;
    expect(banyuasin.recipient).toEqual({ name: 'Dr. H. Askolani', role: 'Bupati' });
    expect(banyuasin.accompanying).toHaveLength(5);
    expect(banyuasin.accompanying[1]).toEqual({ name: 'dr. Indah Deryane', role: 'Plt Kepala Dinas Kesehatan' });
    expect(banyuasin.previous).toEqual([{ year: 2024, category: 'pratama', text: '2024:Pratama' }]);
    const klungkung = file.records.find((r) => r.code === '51.05' && r.sources[0]!.publisher === 'Kabarbali.id')!;
    expect(klungkung.represents).toEqual([{ name: null, role: 'Bupati Klungkung' }]);
    const hss = file.records.find((r) => r.code === '63.06')!;
    expect(hss.accompanying[0]).toEqual({ name: null, role: 'Kepala Dinas Kesehatan, PP dan KB HSS' });
  });

  it('has provinces’ awards too', () => {
    expect(file.records.find((r) => r.code === '11' && r.year === 2026)).toMatchObject({ level: 'provinsi', category: 'utama' });
  });

  it('lists the editions with national totals and their conflicts', () => {
    const e2026 = file.editions.find((e) => e.year === 2026)!;
    expect(e2026.eventDate).toBe('2026-01-27');
    const utama = e2026.totals.filter((t) => t.subject === 'utama');
    expect(utama.find((t) => t.preferred)?.value).toBe(75);
    expect(utama.map((t) => t.value)).toContain(54);
    expect(e2026.totals.filter((t) => t.subject === 'kabkota').map((t) => t.value)).toEqual([397, 394, 317]);
    expect(e2026.totals.filter((t) => t.subject === 'provinces').map((t) => t.value)).toEqual([31, 32]);
    expect(file.editions.map((e) => e.year)).toEqual([2026, 2025, 2024, 2023]);
    expect(file.editions.find((e) => e.year === 2025)?.status).toBe('claimed');
  });
});

describe('bad rows are rejected with file, line and reason', () => {
  const cases: [string, RegExp][] = [
    ['unknown-code.csv', /:3: code: unknown code "16\.99"/],
    ['code-level-mismatch.csv', /:3: level: code 16\.74 is a kota, the row says kabupaten/],
    ['unknown-category.csv', /:3: category: unknown category "Platinum"/],
    ['unknown-edition.csv', /:3: year: unknown edition "2019"/],
    ['coverage-out-of-range.csv', /:3: coverage_pct: percentage out of range: 120\.5/],
    ['active-out-of-range.csv', /:3: active_pct: percentage out of range: 100\.4/],
    ['decimal-comma.csv', /:3: coverage_pct: not a number: "98,8"/],
    ['malformed-url.csv', /:3: source_url: malformed URL/],
    ['malformed-date.csv', /:3: event_date: malformed date "2026-01-32"/],
    ['exact-duplicate.csv', /:3: exact duplicate of line 2/],
    ['same-source-twice.csv', /:3: same code, year and source_url as line 2/],
    ['accompanying-not-structured.csv', /:3: accompanying: "Kepala Dinas Kesehatan" is not "Name \(Role\)"/],
    ['missing-source.csv', /:3: source_url: is empty/],
    ['missing-columns.csv', /:1: missing column\(s\): name_as_written/],
    ['short-row.csv', /:3: has 9 cells, the header has 21/],
  ];
  for (const [file, reason] of cases) {
    it(file.replace('.csv', '').replaceAll('-', ' '), () => {
      const { records, errors } = parseFixture(`awards-bad/${file}`);
      expect(errors.map(formatIssue).join('\n')).toMatch(reason);
      // The good row around it still parses: a bad row loses nothing else.
      if (file !== 'missing-columns.csv') expect(records.map((r) => r.code)).toContain('16.07');
    });
  }

  it('accepts coverage above 100% (up to 110%) as BPJS reports it', () => {
    const { records, errors } = parseFixture('awards-good-over-100.csv');
    expect(errors).toEqual([]);
    expect(records[0]!.metrics).toMatchObject({ coveragePct: 100.03, activePct: 91.91, pemdaRegisteredPct: 36 });
  });

  it('reads Excel line endings and a byte-order mark', () => {
    const text = '\uFEFF' + readFileSync(join(repoRoot, 'tests/fixtures/awards-good-over-100.csv'), 'utf8').replace(/\n/g, '\r\n');
    const { records, errors } = parseAwardCsv(text, { file: 'x.csv', gazetteer: realGazetteer(), years });
    expect(errors).toEqual([]);
    expect(records).toHaveLength(1);
  });
});

describe('awards without a stated category and notes in two languages', () => {
  const header =
    'code,name_as_written,level,year,category,event_date,recipient_name,recipient_role,represented_head,accompanying,coverage_pct,active_pct,pemda_registered_pct,population,participants,metrics_as_of,previous,source_url,publisher,published_date,note,note_id';
  const parse = (rows: string[], origin?: { kind: 'imported'; importedAt: string }) =>
    parseAwardCsv([header, ...rows].join('\n'), { file: 't.csv', gazetteer: realGazetteer(), years, ...(origin ? { origin } : {}) });

  it('reads Awarded as a recipient whose category the page does not state', () => {
    const { records, errors } = parse(['16.07,Kabupaten Banyuasin,kabupaten,2026,Awarded,,,,,,,,,,,,,https://example.org/a,Example,,,']);
    expect(errors).toEqual([]);
    expect(records[0]!.category).toBe('awarded');
  });

  it('holds a note in both languages, and asks the bundled data for both', () => {
    const ok = parse(['16.07,Kabupaten Banyuasin,kabupaten,2026,Madya,,,,,,,,,,,,,https://example.org/a,Example,,Pre-event list,Daftar sebelum acara']);
    expect(ok.records[0]!.note).toEqual({ en: 'Pre-event list', id: 'Daftar sebelum acara' });
    const bundled = parse(['16.07,Kabupaten Banyuasin,kabupaten,2026,Madya,,,,,,,,,,,,,https://example.org/a,Example,,Pre-event list,']);
    expect(bundled.errors.map((e) => `${e.column}: ${e.message}`)).toEqual(['note_id: is empty: every note is written in Bahasa Indonesia too']);
    // An import's note is shown as written, in either UI language.
    const imported = parse(['16.07,Kabupaten Banyuasin,kabupaten,2026,Madya,,,,,,,,,,,,,,,,catatan saya,'], {
      kind: 'imported',
      importedAt: '2026-12-01T00:00:00Z',
    });
    expect(imported.errors).toEqual([]);
    expect(imported.records[0]!.note).toEqual({ en: 'catatan saya', id: 'catatan saya' });
  });
});

describe('the evidence column', () => {
  const header =
    'code,name_as_written,level,year,category,event_date,recipient_name,recipient_role,represented_head,accompanying,coverage_pct,active_pct,pemda_registered_pct,population,participants,metrics_as_of,previous,source_url,publisher,published_date,note,note_id,evidence';
  const row = (category: string, evidence: string, note = '') =>
    `16.07,Kabupaten Banyuasin,kabupaten,2026,${category},,,,,,,,,,,,,https://example.org/a,Example,,${note ? `${note},${note}` : ','},${evidence}`;
  const parse = (rows: string[], origin?: { kind: 'imported'; importedAt: string }) =>
    parseAwardCsv([header, ...rows].join('\n'), { file: 't.csv', gazetteer: realGazetteer(), years, ...(origin ? { origin } : {}) });

  it('reads first-hand, list and remark, and leaves a stated row without the field', () => {
    const { records, errors } = parse([
      row('Madya', 'first-hand'),
      row('Madya', '').replace('example.org/a', 'example.org/b'),
      row('None', 'list', 'salah satu dari empat').replace('example.org/a', 'example.org/c'),
    ]);
    expect(errors).toEqual([]);
    expect(records.map((r) => r.evidence)).toEqual(['first-hand', undefined, 'list']);
    expect(parse([row('Utama', 'REMARK')]).records[0]!.evidence).toBe('remark');
  });

  it('rejects an unknown kind, a list row without the note quoting the completeness phrase, and a list row saying only Awarded', () => {
    expect(parse([row('Madya', 'hearsay')]).errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
      'evidence: unknown evidence "hearsay" (first-hand, stated, list, remark, or empty for stated)',
    ]);
    expect(parse([row('None', 'list')]).errors.map((e) => e.column)).toEqual(['note']);
    expect(parse([row('Awarded', 'list', 'daftar lengkap')]).errors.map((e) => e.column)).toEqual(['evidence']);
  });

  it('is optional: a file written before it parses as stated', () => {
    const old = parseAwardCsv(
      [header.replace(',evidence', ''), '16.07,Kabupaten Banyuasin,kabupaten,2026,Madya,,,,,,,,,,,,,https://example.org/a,Example,,,'].join('\n'),
      {
        file: 't.csv',
        gazetteer: realGazetteer(),
        years,
      },
    );
    expect(old.errors).toEqual([]);
    expect(old.records[0]!.evidence).toBeUndefined();
  });
});

describe('earlier claims in forms both languages can say', () => {
  const header =
    'code,name_as_written,level,year,category,event_date,recipient_name,recipient_role,represented_head,accompanying,coverage_pct,active_pct,pemda_registered_pct,population,participants,metrics_as_of,previous,source_url,publisher,published_date,note,note_id';
  const row = (previous: string) => `16.07,Kabupaten Banyuasin,kabupaten,2026,Madya,,,,,,,,,,,,${previous},https://example.org/a,Example,,,`;
  const parse = (previous: string, origin?: { kind: 'imported'; importedAt: string }) =>
    parseAwardCsv([header, row(previous)].join('\n'), { file: 't.csv', gazetteer: realGazetteer(), years, ...(origin ? { origin } : {}) });

  it('reads a year with a category or Awarded, a category without a year, and the award’s number', () => {
    const { records, errors } = parse('2023:Awarded; 2024: Pratama; Madya; award:3');
    expect(errors).toEqual([]);
    expect(records[0]!.previous).toEqual([
      { year: 2023, category: 'awarded', text: '2023:Awarded' },
      { year: 2024, category: 'pratama', text: '2024: Pratama' },
      { year: null, category: 'madya', text: 'Madya' },
      { year: null, category: null, ordinal: 3, text: 'award:3' },
    ]);
  });

  it('rejects free text in the bundled data, which readers of the other language could not read', () => {
    const { errors } = parse('2024: UHC award (category not stated)');
    expect(errors.map((e) => `${e.column}: ${e.message}`)).toEqual([
      'previous: "2024: UHC award (category not stated)" is not YEAR:Category, YEAR:Awarded, Category or award:N (the forms both languages can say)',
    ]);
    // An import's free text is the user's own and is shown as written.
    const imported = parse('juara dua kali', { kind: 'imported', importedAt: '2026-12-01T00:00:00Z' });
    expect(imported.errors).toEqual([]);
    expect(imported.records[0]!.previous).toEqual([{ year: null, category: null, text: 'juara dua kali' }]);
  });
});
