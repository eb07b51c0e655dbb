import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessColumnMapping, missingFields } from '@/data/import/column-mapping';
import { recordsToCsv } from '@/data/import/export-records';
import type { ImportRowResult } from '@/data/import/import-row-result';
import { parseLocaleNumber } from '@/data/import/locale-number';
import { prepareImport } from '@/data/import/prepare-import';
import { SpreadsheetError } from '@/data/import/read-spreadsheet';
import { readSpreadsheet } from '@/data/import/read-text';
import { AWARD_COLUMNS } from '@/data/parse-award-rows';
import type { AwardRecord } from '@/domain/award-record';
import { bundledDataset, realGazetteer, repoRoot } from './load-fixtures';

const g = realGazetteer();
const fixture = (name: string) => readFileSync(join(repoRoot, 'tests/fixtures/imports', name), 'utf8');

function importText(text: string, fileName: string, choices?: Map<string, string>): ImportRowResult[] {
  const sheet = readSpreadsheet(text, fileName);
  return prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, { gazetteer: g, fileName, importedAt: '2026-11-23T08:00:00.000Z', choices });
}

const codes = (r: ImportRowResult) => [...r.issues, ...r.warnings].map((i) => i.code);

/** What a record says, without where it was read from. */
function facts(r: AwardRecord) {
  const { id: _id, origin: _origin, ...rest } = r;
  return rest;
}

describe('numbers as spreadsheets write them', () => {
  it.each([
    ['98,8', 'decimal', '98.8'],
    ['98.8', 'decimal', '98.8'],
    ['98,8 %', 'decimal', '98.8'],
    ['101,25%', 'decimal', '101.25'],
    ['105.544', 'decimal', '105.544'],
    ['105.544', 'integer', '105544'],
    ['1.234.567', 'integer', '1234567'],
    ['1,234,567', 'integer', '1234567'],
    ['1.234,5', 'decimal', '1234.5'],
    ['1,234.5', 'decimal', '1234.5'],
    ['250000', 'integer', '250000'],
  ] as const)('%s (%s) → %s', (raw, kind, out) => expect(parseLocaleNumber(raw, kind)).toBe(out));

  it.each(['', 'n/a', '12a', '1.2.3', '98,8,1', '1.5'])('rejects %j as a whole number or number', (raw) => {
    expect(parseLocaleNumber(raw, 'integer')).toBeNull();
  });
});

describe('reading a real-world Dinkes spreadsheet (BOM, semicolons, CRLF, Indonesian headers, decimal commas)', () => {
  const results = importText(fixture('dinkes-semicolon.csv'), 'dinkes-semicolon.csv');
  const at = (line: number) => results.find((r) => r.line === line)!;

  it('maps the Indonesian headers and lists the columns it ignores', () => {
    const sheet = readSpreadsheet(fixture('dinkes-semicolon.csv'), 'x.csv');
    expect(sheet.delimiter).toBe(';');
    const { mapping, ignored } = guessColumnMapping(sheet.headers);
    expect(mapping).toMatchObject({ name_as_written: 1, province: 2, category: 3, coverage_pct: 4, active_pct: 5, population: 6, year: 7, source_url: 8 });
    expect(ignored.map((i) => sheet.headers[i])).toEqual(['No', 'Kolom Lain']);
  });

  it('accepts good rows with their figures, names resolved through the gazetteer', () => {
    expect(at(2)).toMatchObject({
      status: 'accepted',
      record: { code: '16.07', category: 'madya', year: 2026, metrics: { coveragePct: 98.8, activePct: 80.5, population: 1234567 } },
    });
    expect(at(2).record!.sources).toEqual([{ url: 'https://example.org/berita/1', publisher: 'example.org' }]);
    expect(at(3)).toMatchObject({ status: 'accepted', record: { code: '63.72', category: 'utama', metrics: { coveragePct: 101.2, activePct: 82.1 } } });
    expect(at(3).warnings).toEqual([{ code: 'missing', fields: ['source_url'] }]);
    expect(at(3).record!.sources).toEqual([]);
    expect(at(4).record?.code).toBe('32.04'); // "Kabupaten Bandung", not Kota Bandung
    expect(at(5).record?.code).toBe('63.06'); // Hulu Sungai Selatan, province written "Kalsel"
    expect(at(2).record!.origin).toEqual({ kind: 'imported', file: 'dinkes-semicolon.csv', importedAt: '2026-11-23T08:00:00.000Z', line: 2 });
  });

  it('asks the user to pick a region for an unknown name, offering the province’s units', () => {
    expect(at(6).status).toBe('choose');
    expect(at(6).issues).toEqual([{ code: 'unknownName', value: 'Kabupaten Atlantis' }]);
    expect(at(6).candidates!.length).toBeGreaterThan(20);
    expect(at(6).candidates!.every((c) => c.code.startsWith('32.'))).toBe(true);
    const picked = importText(fixture('dinkes-semicolon.csv'), 'dinkes-semicolon.csv', new Map([['line:6', '32.18']]));
    expect(picked.find((r) => r.line === 6)).toMatchObject({ status: 'accepted', record: { code: '32.18' } });
  });

  it('rejects bad rows with their line and reason', () => {
    expect(at(7)).toMatchObject({ status: 'rejected', issues: [{ code: 'badCategory', field: 'category', value: 'Emas' }] });
    expect(at(8)).toMatchObject({ status: 'rejected', issues: [{ code: 'outOfRange', field: 'coverage_pct', value: '130,5', other: '0–110' }] });
    expect(results.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('reading JSON with English keys', () => {
  const results = importText(fixture('regions-en.json'), 'regions-en.json');

  it('reads rows from {"records": [...]}, numbers as numbers or strings, next year’s edition', () => {
    expect(results[0]).toMatchObject({ status: 'accepted', record: { code: '63.11', year: 2027, metrics: { coveragePct: 99.5, activePct: 81.2 } } });
    expect(results[1]).toMatchObject({ status: 'accepted', record: { code: '32.75', metrics: { coveragePct: 97.1 } } });
  });

  it('offers both Bekasis for a bare "Bekasi"', () => {
    expect(results[2]!.status).toBe('choose');
    expect(results[2]!.candidates!.map((c) => c.code).sort()).toEqual(['32.16', '32.75']);
  });
});

describe('files that cannot be read say why', () => {
  it.each([
    ['{"records": 5}', 'x.json', 'jsonShape'],
    ['[1, 2]', 'x.json', 'jsonShape'],
    ['{"records": [', 'x.json', 'notJson'],
    ['', 'x.csv', 'empty'],
    ['   \r\n', 'x.csv', 'empty'],
    ['just one column\nvalue', 'x.csv', 'singleColumn'],
    ['PK\u0003\u0004\u0000\u0000', 'x.csv', 'binary'],
  ])('%j', (text, name, code) => {
    expect(() => readSpreadsheet(text, name)).toThrow(SpreadsheetError);
    try {
      readSpreadsheet(text, name);
    } catch (e) {
      expect((e as SpreadsheetError).problem.code).toBe(code);
    }
  });

  it('needs a name or code, a year and a category column', () => {
    expect(missingFields(guessColumnMapping(['foo', 'bar']).mapping)).toEqual(['name_as_written', 'year', 'category']);
    expect(missingFields(guessColumnMapping(['kode', 'kategori']).mapping, 2027)).toEqual([]);
  });
});

describe('export → import round trip', () => {
  it('gives back every bundled record exactly', () => {
    const records = bundledDataset().file.records;
    const back = importText(recordsToCsv(records), 'peta-uhc-data.csv');
    expect(back.filter((r) => r.status !== 'accepted')).toEqual([]);
    expect(back.map((r) => facts(r.record!))).toEqual(records.map(facts));
    // Nothing the bundled data states is lost or doubted on the way back.
    expect(back.flatMap((r) => r.warnings.filter((w) => w.code !== 'missing' && w.code !== 'recipientNameMissing'))).toEqual([]);
  });

  it('guards formula-like cells in the file and removes the guard on import', () => {
    const [r] = bundledDataset().file.records;
    const evil = { ...r!, note: { en: '=HYPERLINK("http://evil")', id: '=HYPERLINK("http://evil")' }, recipient: { name: '+62 811', role: '@bupati' } };
    const csv = recordsToCsv([evil]);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/[;\n]=HYPERLINK/);
    expect(facts(importText(csv, 'x.csv')[0]!.record!)).toEqual(facts(evil));
  });
});

// ---- property tests over CSV dialects ----

const regencyCodes = g.regencies.map((r) => r.code);
const text = fc
  .string({ unit: fc.constantFrom(...'abc XYZ;,"\'\n=+-@()é'.split('')), minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  // A leading apostrophe before a formula character is the export's own guard; and names need letters.
  .filter((s) => s.length > 0 && !/^'[=+\-@]/.test(s) && !/^\(|\)$/.test(s));
const percent = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((n) => n / 100);
const official = fc.record({
  name: fc.option(fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?$/), { nil: null }),
  role: fc.stringMatching(/^[A-Z][a-z]{2,10}$/),
});

const recordArb = fc.record({
  code: fc.constantFrom(...regencyCodes),
  year: fc.integer({ min: 2014, max: 2030 }),
  category: fc.constantFrom('utama', 'madya', 'pratama', 'none') as fc.Arbitrary<AwardRecord['category']>,
  coveragePct: fc.option(percent(110), { nil: undefined }),
  activePct: fc.option(percent(100), { nil: undefined }),
  population: fc.option(fc.integer({ min: 1, max: 40_000_000 }), { nil: undefined }),
  note: fc.option(text, { nil: undefined }),
  recipient: fc.option(official, { nil: undefined }),
  represents: fc.array(official, { maxLength: 2 }),
  source: fc.option(fc.constantFrom('https://example.org/a', 'https://berita.example.id/b?p=1'), { nil: undefined }),
});

type Generated = typeof recordArb extends fc.Arbitrary<infer T> ? T : never;

function toRecord(x: Generated, i: number): AwardRecord {
  const region = g.byCode.get(x.code)!;
  const metrics: AwardRecord['metrics'] = {};
  if (x.coveragePct !== undefined) metrics.coveragePct = x.coveragePct;
  if (x.activePct !== undefined) metrics.activePct = x.activePct;
  if (x.population !== undefined) metrics.population = x.population;
  const r: AwardRecord = {
    id: String(i),
    code: x.code,
    level: region.level,
    year: x.year,
    category: x.category,
    nameAsWritten: region.name,
    metrics,
    represents: x.represents,
    accompanying: [],
    previous: [],
    sources: x.source ? [{ url: x.source, publisher: `Media ${i}` }] : [],
    origin: { kind: 'imported', file: 'p.csv', importedAt: '2026-11-23T08:00:00.000Z', line: i + 2 },
  };
  if (x.note) r.note = { id: x.note, en: x.note };
  if (x.recipient) r.recipient = x.recipient;
  return r;
}

/** The same records written in other dialects people produce. */
const DIALECTS: Record<string, (records: AwardRecord[]) => string> = {
  'Excel id-ID (our export: BOM, ;, decimal comma, CRLF)': (rs) => recordsToCsv(rs),
  'comma, dot decimals, LF, no BOM (data/awards.csv style)': (rs) => {
    const rows = Papa.parse<string[]>(recordsToCsv(rs).replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);
    const numeric = new Set(['coverage_pct', 'active_pct', 'pemda_registered_pct']);
    const fixed = rows.map((row, i) => (i === 0 ? row : row.map((c, j) => (numeric.has(AWARD_COLUMNS[j]!) ? c.replace(',', '.') : c))));
    return Papa.unparse(fixed, { newline: '\n' });
  },
  'tab separated with BOM': (rs) => {
    const rows = Papa.parse<string[]>(recordsToCsv(rs).replace(/^\uFEFF/, ''), { delimiter: ';' }).data.filter((r) => r.length > 1);
    return '\uFEFF' + Papa.unparse(rows, { delimiter: '\t', newline: '\r\n' });
  },
};

describe('property: any records survive every CSV dialect', () => {
  for (const [name, write] of Object.entries(DIALECTS)) {
    it(name, () => {
      fc.assert(
        fc.property(fc.uniqueArray(recordArb, { minLength: 1, maxLength: 8, selector: (x) => `${x.code}|${x.year}|${x.source ?? ''}` }), (xs) => {
          const records = xs.map(toRecord);
          const back = importText(write(records), 'p.csv');
          expect(back.filter((r) => r.status !== 'accepted').map((r) => [r.line, codes(r)])).toEqual([]);
          expect(back.map((r) => facts(r.record!))).toEqual(records.map(facts));
        }),
        { numRuns: 60 },
      );
    });
  }
});
