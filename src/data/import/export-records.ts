import type { AwardRecord, Official } from '@/domain/award-record';
import { toExcelCsv } from '@/data/excel-csv';
import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';

/**
 * The one export format: data/awards.csv's columns (what the importer reads), one row per record, and where
 * the record came from in two trailing columns the importer ignores (`origin`: bundled or imported,
 * `origin_file`). A row never mixes facts of two records.
 */
const ORIGIN_COLUMNS = ['origin', 'origin_file'] as const;
export const EXPORT_COLUMNS: readonly string[] = [...AWARD_COLUMNS, ...ORIGIN_COLUMNS];

function officials(list: readonly Official[]): string {
  return list.map((o) => `${o.name ?? 'unnamed'} (${o.role})`).join('; ');
}

function cellsOf(r: AwardRecord): Record<AwardColumn, string | number | undefined> {
  const source = r.sources[0];
  return {
    code: r.code,
    name_as_written: r.nameAsWritten,
    level: r.level,
    year: r.year,
    category: r.category[0]!.toUpperCase() + r.category.slice(1),
    event_date: r.eventDate,
    recipient_name: r.recipient?.name ?? '',
    recipient_role: r.recipient?.role ?? '',
    represented_head: officials(r.represents),
    accompanying: officials(r.accompanying),
    coverage_pct: r.metrics.coveragePct,
    active_pct: r.metrics.activePct,
    pemda_registered_pct: r.metrics.pemdaRegisteredPct,
    population: r.metrics.population,
    participants: r.metrics.participants,
    metrics_as_of: r.metrics.asOf,
    previous: r.previous.map((p) => p.text).join('; '),
    source_url: source?.url,
    publisher: source?.publisher,
    published_date: source?.publishedDate,
    note: r.note?.en,
    note_id: r.note && r.note.id !== r.note.en ? r.note.id : undefined,
    evidence: r.evidence,
  };
}

/** A record's cells in EXPORT_COLUMNS order (numbers as numbers, for a workbook or a CSV). */
function exportRow(r: AwardRecord): (string | number | undefined)[] {
  const cells = cellsOf(r);
  return [...AWARD_COLUMNS.map((c) => cells[c]), r.origin.kind, r.origin.file];
}

/**
 * Records as a CSV laid out for Indonesian Excel (BOM, `;`, decimal comma, formula guard). Importing it back
 * gives the same records. The table's download and the dialog's download both write this.
 */
export function recordsToCsv(records: readonly AwardRecord[]): string {
  return toExcelCsv([...EXPORT_COLUMNS], records.map(exportRow));
}

/**
 * Two real rows of data/awards.csv (lines 237 and 257), with their sources: the template's examples.
 * A test checks they are still in the bundled file, word for word.
 */
export const TEMPLATE_EXAMPLES: readonly (readonly string[])[] = [
  [
    '35.06',
    'Pemerintah Kabupaten Kediri',
    'kabupaten',
    '2026',
    'Pratama',
    '2026-01-27',
    'Ahmad Khotib',
    'Kepala Dinas Kesehatan',
    'Hanindhito Himawan Pramana (Bupati)',
    '',
    '98.72',
    '80.12',
    '',
    '',
    '',
    '',
    '',
    'https://sekilasmedia.com/?p=312598',
    'Sekilasmedia',
    '',
    '',
    '',
    '',
  ],
  [
    '51.08',
    'Kabupaten Buleleng',
    'kabupaten',
    '2026',
    'Madya',
    '2026-01-27',
    'Gede Supriatna',
    'Wakil Bupati',
    '',
    '',
    '98',
    '80.56',
    '',
    '',
    '',
    '',
    '',
    'https://theeast.co.id/?p=98708',
    'The East Indonesia',
    '',
    '',
    '',
    '',
  ],
];

const NUMERIC = new Set<string>(['year', 'coverage_pct', 'active_pct', 'pemda_registered_pct', 'population', 'participants']);

/** The template rows with numbers as numbers (a workbook cell, a decimal comma in the CSV). */
export function templateRows(): (string | number)[][] {
  return TEMPLATE_EXAMPLES.map((row) => row.map((cell, i) => (cell !== '' && NUMERIC.has(AWARD_COLUMNS[i]!) ? Number(cell) : cell)));
}

/** The template as CSV: the import columns and the two examples, laid out like every export. */
export function templateCsv(): string {
  return toExcelCsv([...AWARD_COLUMNS], templateRows());
}
