import Papa from 'papaparse';
import type { AwardRecord } from '@/domain/award-record';
import { SENT_FILE } from '@/domain/imported-layer';
import { levelOfCode, type Gazetteer } from '@/domain/regions';
import { AWARD_COLUMNS, PERCENT_RANGES, validateAwardRows, type AwardColumn } from '@/data/parse-award-rows';

/** What a reader can send about one region: the row's columns a news page is likely to state. */
export const SENT_FIELDS = [
  'year',
  'category',
  'source_url',
  'publisher',
  'recipient_name',
  'recipient_role',
  'coverage_pct',
  'active_pct',
  'pemda_registered_pct',
  'note',
] as const;
export type SentField = (typeof SENT_FIELDS)[number];
export type SentFactInput = Record<SentField, string>;

export type SentProblem =
  | { field: 'source_url'; kind: 'required' | 'badUrl' }
  | { field: 'year' | 'category'; kind: 'required' | 'unknown' }
  | { field: 'coverage_pct' | 'active_pct' | 'pemda_registered_pct'; kind: 'notNumber' | 'outOfRange'; min: number; max: number }
  | { field: 'recipient_role'; kind: 'roleMissing' }
  | { field: 'form'; kind: 'invalid'; message: string };

export interface SentFact {
  /** The row in AWARD_COLUMNS order, holding what the reader entered (and the region's code, name and level). */
  cells: string[];
  record: AwardRecord;
}

const PERCENT_FIELDS = Object.values(PERCENT_RANGES);

/** "98,5" as Indonesians write it is 98.5; the row format has a dot. Anything else is left for the validator. */
const percentCell = (s: string) => s.trim().replace(/^(\d+),(\d+)$/, '$1.$2');

/** The row of data/awards.csv the reader's entries make, for a region of the gazetteer. */
function sentFactCells(input: SentFactInput, code: string, gazetteer: Gazetteer): string[] {
  const value: Partial<Record<AwardColumn, string>> = {
    code,
    name_as_written: gazetteer.byCode.get(code)?.name ?? '',
    level: levelOfCode(code) ?? '',
    year: input.year.trim(),
    category: input.category.trim(),
    source_url: input.source_url.trim(),
    publisher: input.publisher.trim(),
    recipient_name: input.recipient_name.trim(),
    recipient_role: input.recipient_role.trim(),
    coverage_pct: percentCell(input.coverage_pct),
    active_pct: percentCell(input.active_pct),
    pemda_registered_pct: percentCell(input.pemda_registered_pct),
    // One language only: the maintainer writes the other when the row goes into the bundled data.
    note: input.note.trim().replace(/\s+/g, ' '),
  };
  return AWARD_COLUMNS.map((c) => value[c] ?? '');
}

/**
 * Checks the reader's entries with the same row validator as the bundled data and, when they pass, gives the
 * record to store. A source link is required (it is what makes the fact checkable); figures are optional.
 */
export function checkSentFact(input: SentFactInput, code: string, gazetteer: Gazetteer, importedAt: string): SentFact | { problems: SentProblem[] } {
  const cells = sentFactCells(input, code, gazetteer);
  const cell = (c: AwardColumn) => cells[AWARD_COLUMNS.indexOf(c)]!;
  const problems: SentProblem[] = [];
  if (!cell('source_url')) problems.push({ field: 'source_url', kind: 'required' });
  if (!cell('year')) problems.push({ field: 'year', kind: 'required' });
  if (!cell('category')) problems.push({ field: 'category', kind: 'required' });
  const checked = validateAwardRows([{ line: 1, cells }], { file: SENT_FILE, gazetteer, years: 'any', origin: { kind: 'imported', importedAt } });
  for (const e of checked.errors) {
    const range = PERCENT_FIELDS.find((r) => r.column === e.column);
    if (range) problems.push({ field: range.column, kind: e.message.startsWith('not a number') ? 'notNumber' : 'outOfRange', min: range.min, max: range.max });
    else if (e.column === 'source_url') problems.push({ field: 'source_url', kind: 'badUrl' });
    else if ((e.column === 'year' || e.column === 'category') && !problems.some((p) => p.field === e.column))
      problems.push({ field: e.column, kind: 'unknown' });
    else if (e.column === 'recipient_role') problems.push({ field: 'recipient_role', kind: 'roleMissing' });
    else if (e.column !== 'year' && e.column !== 'category') problems.push({ field: 'form', kind: 'invalid', message: e.message });
  }
  const record = checked.records[0];
  if (problems.length || !record) return { problems: problems.length ? problems : [{ field: 'form', kind: 'invalid', message: 'not accepted' }] };
  const id = `sent-${importedAt}`;
  return {
    cells,
    record: { ...record, id: `${id}/1`, nameAsWritten: cell('name_as_written'), origin: { kind: 'imported', file: SENT_FILE, importedAt, line: 1 } },
  };
}

/** One line of data/awards.csv (comma-separated, quoted only where a cell needs it), ready to paste under its header. */
export function awardCsvLine(cells: readonly string[]): string {
  return Papa.unparse([cells.map(String)], { newline: '\n', quotes: false });
}
