/**
 * Writes the awards.csv rows a complete list implies (evidence `list`), for pasting after the page is read.
 * Usage: tsx scripts/list-rows.ts --area 18 | 13.75,13.06,… --named 18.01,18.03 --rest None --year 2026
 *        --url URL --publisher NAME --note "…" --note-id "…" [--date YYYY-MM-DD]
 * `--area` is a province code (its kabupaten/kota) or the units of a BPJS branch. It refuses a named unit
 * outside the area: the list is then not the area's.
 */
import Papa from 'papaparse';
import { AWARD_COLUMNS, type AwardColumn } from '../src/data/parse-award-rows';
import { inferFromCompleteList } from '../src/domain/complete-list';
import { readGazetteer } from './lib/read-gazetteer';

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i > 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`--${name} is required`);
  return v;
}

const gazetteer = readGazetteer();
const areaArg = arg('area');
const area = /^\d{2}$/.test(areaArg) ? gazetteer.regencies.filter((r) => r.provinceCode === areaArg).map((r) => r.code) : areaArg.split(',');
const named = new Map(
  arg('named')
    .split(',')
    .map((c) => [c, 'awarded' as const]),
);
const restText = arg('rest').toLowerCase();
const rest = restText === 'none' || restText === 'utama' || restText === 'madya' || restText === 'pratama' ? restText : null;
if (!rest) throw new Error('--rest is None, Utama, Madya or Pratama');
const { rows, outside } = inferFromCompleteList(area, named, rest);
if (outside.length) throw new Error(`named units outside the area: ${outside.join(', ')}`);
const dateIndex = process.argv.indexOf('--date');
const lines = rows.map((row) => {
  const region = gazetteer.byCode.get(row.code);
  if (!region) throw new Error(`unknown code ${row.code}`);
  const cells: Partial<Record<AwardColumn, string>> = {
    code: row.code,
    name_as_written: region.name,
    level: region.level,
    year: arg('year'),
    category: rest.charAt(0).toUpperCase() + rest.slice(1),
    event_date: dateIndex > 0 ? process.argv[dateIndex + 1] : '',
    source_url: arg('url'),
    publisher: arg('publisher'),
    note: arg('note'),
    note_id: arg('note-id'),
    evidence: 'list',
  };
  return AWARD_COLUMNS.map((c) => cells[c] ?? '');
});
process.stdout.write(Papa.unparse(lines, { newline: '\n' }) + '\n');
