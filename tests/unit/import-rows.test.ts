import { describe, expect, it } from 'vitest';
import { normalizeCategory, normalizeCode } from '@/data/import/cell-readers';
import { guessColumnMapping } from '@/data/import/column-mapping';
import type { ImportContext } from '@/data/import/import-context';
import { parseAsOf, parseLooseDate } from '@/data/import/locale-date';
import { linesSharingName, prepareAll, prepareImport, recheck } from '@/data/import/prepare-import';
import { readSpreadsheet } from '@/data/import/read-text';
import { isPercentFormat } from '@/data/import/read-workbook';
import { splitRecipient } from '@/data/import/recipient-cells';
import { bundledDataset, realGazetteer } from './load-fixtures';

const g = realGazetteer();
const HEADER = 'Kabupaten/Kota;Provinsi;Kategori;Tahun;Cakupan (%);Keaktifan (%);Penduduk;Penerima;Jabatan;Mewakili;Tanggal Penyerahan;Sumber';
const ctx = (extra: Partial<ImportContext> = {}): ImportContext => ({ gazetteer: g, fileName: 'baris.csv', importedAt: '2026-11-23T08:00:00.000Z', ...extra });

/** One row under the full header; returns its result. */
function row(
  cells: Partial<
    Record<'name' | 'province' | 'category' | 'year' | 'coverage' | 'active' | 'population' | 'recipient' | 'role' | 'represents' | 'date' | 'source', string>
  >,
  extra?: Partial<ImportContext>,
) {
  const c = {
    name: 'Kab. Banyuasin',
    province: '',
    category: 'Madya',
    year: '2026',
    coverage: '',
    active: '',
    population: '',
    recipient: '',
    role: '',
    represents: '',
    date: '',
    source: '',
    ...cells,
  };
  const csv = `${HEADER}\n${[c.name, c.province, c.category, c.year, c.coverage, c.active, c.population, c.recipient, c.role, c.represents, c.date, c.source].map((v) => (/[;"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(';')}\n`;
  const sheet = readSpreadsheet(csv, 'baris.csv');
  return prepareImport(sheet, guessColumnMapping(sheet.headers).mapping, ctx(extra))[0]!;
}

describe('only a row that means nothing is rejected', () => {
  it.each([
    ['no region', { name: '' }, 'noRegion'],
    ['no category', { category: '' }, 'noCategory'],
    ['an unknown category', { category: 'Utma' }, 'badCategory'],
    ['no year', { year: '' }, 'noYear'],
    ['a year out of range', { year: '1999' }, 'badYear'],
    ['an impossible coverage', { coverage: '130,5%' }, 'outOfRange'],
    ['an impossible activity', { active: '101' }, 'outOfRange'],
    ['a figure that is no number', { coverage: 'sembilan puluh' }, 'notANumber'],
    ['a population that is no whole number', { population: '1.234,5' }, 'notWholeNumber'],
  ])('%s', (_, cells, code) => {
    const r = row(cells);
    expect(r.status).toBe('rejected');
    expect(r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('a missing or unreadable detail is a warning on an accepted row', () => {
    expect(row({ recipient: 'Askolani' })).toMatchObject({
      status: 'accepted',
      warnings: [{ code: 'roleMissing' }, { code: 'missing', fields: ['source_url', 'event_date', 'coverage_pct'] }],
    });
    expect(row({ role: 'Bupati' }).warnings.map((w) => w.code)).toEqual(['recipientNameMissing', 'missing']);
    const dated = row({ date: 'kemarin', source: 'Kompas 12/7', coverage: '99', represents: 'Pak Bupati tercinta' });
    expect(dated.status).toBe('accepted');
    expect(dated.warnings.map((w) => w.code)).toEqual(['badDate', 'badUrl', 'badOfficial']);
    expect(dated.record).toMatchObject({ sources: [], represents: [] });
    expect(dated.record!.eventDate).toBeUndefined();
  });

  it('placeholders for "nothing" in figure columns are empty cells, not errors', () => {
    for (const v of ['-', '–', 'n/a', '#N/A', 'tidak ada']) expect(row({ coverage: v }).status, v).toBe('accepted');
  });

  it('a bare site address is completed; a fraction where a percentage belongs is flagged', () => {
    const r = row({ source: 'www.example.org/berita/uhc', coverage: '0,9826' });
    expect(r.record!.sources[0]!.url).toBe('https://www.example.org/berita/uhc');
    expect(r.warnings.map((w) => w.code)).toEqual(['fractionPercent', 'urlCompleted', 'missing']);
  });
});

describe('categories as people write them', () => {
  it.each([
    ['Utama', 'Utama'],
    ['UTAMA', 'Utama'],
    ['Kategori Madya', 'Madya'],
    ['UHC Pratama', 'Pratama'],
    ['Predikat: Utama.', 'Utama'],
    ['Penerima', 'Awarded'],
    ['ya', 'Awarded'],
    ['✓', 'Awarded'],
    ['Awarded', 'Awarded'],
    ['Penerima, kategori tidak disebut', 'Awarded'],
    ['Tidak mendapat', 'None'],
    ['tidak', 'None'],
    ['belum mendapat penghargaan', 'None'],
    ['-', 'None'],
    ['None', 'None'],
    ['Utma', null],
    ['Emas', null],
    ['Utama atau Madya', null],
  ])('%s → %s', (text, out) => expect(normalizeCategory(text)).toBe(out));
});

describe('codes and cell formats', () => {
  it.each([
    ['16.07', '16.07'],
    ['1607', '16.07'],
    // A code typed into a number cell loses its trailing zero.
    ['16.1', '16.10'],
    ['16,07', '16.07'],
    [' 63 ', '63'],
  ])('code %j → %j', (raw, code) => expect(normalizeCode(raw)).toBe(code));

  it.each([
    ['0.00%', true],
    ['0%', true],
    ['#,##0.0 %', true],
    ['0.00"%"', false],
    ['0.00\\%', false],
    ['0.00', false],
    ['dd/mm/yyyy', false],
  ])('%j multiplies by 100: %s', (format, yes) => expect(isPercentFormat(format)).toBe(yes));
});

describe('years, dates and recipients', () => {
  it.each([
    ['2026', 2026],
    ['2026.0', 2026],
    ['UHC Awards 2026', 2026],
    ['2026-01-27', 2026],
  ])('year %j', (text, year) => expect(row({ year: text }).record!.year).toBe(year));

  it.each([
    ['2026-01-27', '2026-01-27'],
    ['27/01/2026', '2026-01-27'],
    ['27-1-2026', '2026-01-27'],
    ['27.01.26', '2026-01-27'],
    ['01/27/2026', '2026-01-27'],
    ['27 Januari 2026', '2026-01-27'],
    ['Selasa, 27 Jan 2026', '2026-01-27'],
    ['January 27, 2026', '2026-01-27'],
    ['31/02/2026', null],
    ['kemarin', null],
  ])('date %j', (text, iso) => expect(parseLooseDate(text)).toBe(iso));

  it.each([
    ['2025', '2025'],
    ['Desember 2025', '2025-12'],
    ['12/2025', '2025-12'],
    ['2025-12', '2025-12'],
    ['31/12/2025', '2025-12-31'],
  ])('as of %j', (text, out) => expect(parseAsOf(text)).toBe(out));

  it.each([
    ['Askolani (Bupati)', { name: 'Askolani', role: 'Bupati' }],
    ['Bupati Askolani', { name: 'Askolani', role: 'Bupati' }],
    ['Bupati Banyuasin Askolani', { name: 'Askolani', role: 'Bupati' }],
    ['Plt. Kepala Dinas Kesehatan dr. Rini', { name: 'dr. Rini', role: 'Plt. Kepala Dinas Kesehatan' }],
    ['Wakil Wali Kota', { name: '', role: 'Wakil Wali Kota' }],
    ['Masinton Pasaribu, SH, MH', { name: 'Masinton Pasaribu, SH, MH', role: '' }],
  ])('recipient %j', (text, out) => expect(splitRecipient(text, g.byCode.get('16.07'))).toEqual(out));
});

describe('one truth per row', () => {
  const csv = `${HEADER}\nKab. Banyuasin;;Madya;2026;98;;;;;;;\nKab. Banyuasin;;Madya;2026;98;;;;;;;\nKab. Banyuasin;;Utama;2026;99;;;;;;;\n`;
  const sheet = readSpreadsheet(csv, 'x.csv');
  const mapping = guessColumnMapping(sheet.headers).mapping;

  it('an exact repeat is refused; another row for the same region and year is kept, flagged', () => {
    const rs = prepareImport(sheet, mapping, ctx());
    expect(rs.map((r) => [r.status, [...r.issues, ...r.warnings].map((i) => i.code).filter((c) => c !== 'missing')])).toEqual([
      ['accepted', []],
      ['rejected', ['exactDuplicate']],
      ['accepted', ['sameRegionYear']],
    ]);
    expect(rs[1]!.issues[0]!.line).toBe(2);
  });

  it('fixing the repeat makes it a row of its own again', () => {
    const p = prepareAll(sheet, mapping, ctx());
    const fixed = recheck(p, sheet, mapping, ctx({ edits: new Map([[3, { year: '2025' }]]) }), [3]);
    expect(fixed.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  });

  it('a record identical to one already shown starts unticked, with the reason', () => {
    const bundled = bundledDataset().file.records.find((r) => r.code === '51.08' && r.year === 2026)!;
    const existing = new Map([['51.08', [bundled]]]);
    const header = 'code;name_as_written;level;year;category;event_date;recipient_name;recipient_role;coverage_pct;active_pct;source_url;publisher';
    const line =
      '51.08;Kabupaten Buleleng;kabupaten;2026;Madya;2026-01-27;Gede Supriatna;Wakil Bupati;98;80,56;https://theeast.co.id/?p=98708;The East Indonesia';
    const s = readSpreadsheet(`${header}\n${line}\n`, 'x.csv');
    const [r] = prepareImport(s, guessColumnMapping(s.headers).mapping, ctx({ existing }));
    expect(r).toMatchObject({ status: 'accepted', defaultSkip: true, warnings: [{ code: 'sameAsShown', value: 'bundled' }] });
  });
});

describe('an ambiguous name asks once', () => {
  const csv = `${HEADER}\nBogor;Jawa Barat;Madya;2026;;;;;;;;\nBogor;Jawa Barat;Utama;2025;;;;;;;;\nKota Bogor;;Pratama;2026;;;;;;;;\n`;
  const sheet = readSpreadsheet(csv, 'x.csv');
  const mapping = guessColumnMapping(sheet.headers).mapping;

  it('with both Bogors as candidates, the province column leaving two', () => {
    const rs = prepareImport(sheet, mapping, ctx());
    expect(rs.map((r) => r.status)).toEqual(['choose', 'choose', 'accepted']);
    expect(rs[0]!.candidates!.map((c) => c.code)).toEqual(['32.01', '32.71']);
  });

  it('one pick settles every row that writes the name the same way', () => {
    const p = prepareAll(sheet, mapping, ctx());
    expect(linesSharingName(p, 2)).toEqual([2, 3]);
    const choices = new Map([
      ['line:2', '32.01'],
      ['name:bogor|kabkota|32', '32.01'],
    ]);
    const after = recheck(p, sheet, mapping, ctx({ choices }), linesSharingName(p, 2));
    expect(after.results.map((r) => [r.status, r.record?.code])).toEqual([
      ['accepted', '32.01'],
      ['accepted', '32.01'],
      ['accepted', '32.71'],
    ]);
    // The pick stays changeable: the candidates are still offered on the accepted rows.
    expect(after.results[0]!.candidates).toHaveLength(2);
  });
});
