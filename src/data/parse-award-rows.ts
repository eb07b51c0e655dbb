import Papa from 'papaparse';
import { CATEGORIES, EVIDENCE_KINDS, type AwardRecord, type Evidence, type Level, type Metrics, type Source } from '@/domain/award-record';
import { matchRegionName } from '@/domain/match-name';
import { levelOfCode, type Gazetteer } from '@/domain/regions';
import type { DatasetIssue } from './dataset-issue';
import { rowLines } from './csv-lines';
import { parseOfficialList, splitList } from './parse-officials';
import { isFreeText, isValidIsoDate, isValidSourceUrl, parseOutcome, parsePreviousItem } from './award-fields';

/** The columns of data/awards.csv, in file order. The importer reads the same columns. */
export const AWARD_COLUMNS = [
  'code',
  'name_as_written',
  'level',
  'year',
  'category',
  'event_date',
  'recipient_name',
  'recipient_role',
  'represented_head',
  'accompanying',
  'coverage_pct',
  'active_pct',
  'pemda_registered_pct',
  'population',
  'participants',
  'metrics_as_of',
  'previous',
  'source_url',
  'publisher',
  'published_date',
  'note',
  'note_id',
  'evidence',
] as const;
export type AwardColumn = (typeof AWARD_COLUMNS)[number];
const REQUIRED: AwardColumn[] = ['code', 'level', 'year', 'category', 'source_url', 'publisher'];
/** Columns a file may leave out (files written before notes had two languages, or before evidence kinds). */
const OPTIONAL_COLUMNS: readonly AwardColumn[] = ['note_id', 'evidence'];

/**
 * Percentage ranges. Coverage may exceed 100: BPJS divides members by the Dukcapil population
 * projection, and pages report 100.03–103.44%. Above 110% is taken as a typo.
 */
export const PERCENT_RANGES = {
  coveragePct: { column: 'coverage_pct', min: 0, max: 110 },
  activePct: { column: 'active_pct', min: 0, max: 100 },
  pemdaRegisteredPct: { column: 'pemda_registered_pct', min: 0, max: 100 },
} as const;

export interface ParseAwardOptions {
  file: string;
  gazetteer: Gazetteer;
  /** Editions present in the data; a row for any other year is rejected. `any`: any year 2014–2100 (imports). */
  years: ReadonlySet<number> | 'any';
  origin?: { kind: 'bundled' } | { kind: 'imported'; importedAt: string };
}

/** A row of cells in AWARD_COLUMNS order with the line it came from. */
export interface AwardRow {
  line: number;
  cells: string[];
}

export interface ParsedAwards {
  records: AwardRecord[];
  errors: DatasetIssue[];
  /** Accepted rows that deserve a look (the name as written points elsewhere or nowhere). */
  warnings: DatasetIssue[];
}

const AS_OF = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Parses and validates award rows: every bad row is reported with its line and reason, never dropped silently. */
export function parseAwardCsv(text: string, options: ParseAwardOptions): ParsedAwards {
  const { file } = options;
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), { skipEmptyLines: false, newline: '\n' });
  const csvErrors: DatasetIssue[] = parsed.errors.map((e) => ({ file, line: (e.row ?? 0) + 1, message: `CSV: ${e.message}` }));
  const rows = parsed.data;
  const lines = rowLines(rows);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const missingCols = AWARD_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !header.includes(c));
  if (missingCols.length) {
    return { records: [], errors: [...csvErrors, { file, line: 1, message: `missing column(s): ${missingCols.join(', ')}` }], warnings: [] };
  }
  const awardRows: AwardRow[] = [];
  const errors = [...csvErrors];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length === 1 && row[0]!.trim() === '') continue;
    if (row.length !== header.length) {
      errors.push({ file, line: lines[i]!, message: `has ${row.length} cells, the header has ${header.length}` });
      continue;
    }
    awardRows.push({ line: lines[i]!, cells: AWARD_COLUMNS.map((c) => row[header.indexOf(c)] ?? '') });
  }
  const result = validateAwardRows(awardRows, options);
  return { ...result, errors: [...errors, ...result.errors].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/**
 * The checks every award row passes, bundled or imported: known code and level, edition, category, dates,
 * URL, percentage ranges, officials, duplicates. Rows come in AWARD_COLUMNS order.
 */
export function validateAwardRows(rows: readonly AwardRow[], options: ParseAwardOptions): ParsedAwards {
  const { file, gazetteer, years } = options;
  const errors: DatasetIssue[] = [];
  const warnings: DatasetIssue[] = [];
  const records: AwardRecord[] = [];
  const imported = options.origin?.kind === 'imported';
  const col = Object.fromEntries(AWARD_COLUMNS.map((c, i) => [c, i])) as Record<AwardColumn, number>;
  const knownYear = (y: number) => (years === 'any' ? y >= 2014 && y <= 2100 : years.has(y));
  const editionsText = years === 'any' ? '2014–2100' : [...years].sort().join(', ');

  const seenExact = new Map<string, number>();
  const seenSource = new Map<string, number>();
  const perKey = new Map<string, number>();

  for (const { line, cells: row } of rows) {
    const rowErrors: DatasetIssue[] = [];
    const fail = (column: AwardColumn | undefined, message: string) => rowErrors.push({ file, line, column, message });
    const get = (c: AwardColumn) => (row[col[c]] ?? '').trim();
    // An import is its own provenance ("imported: file, date"); a source, when given, must still be a real URL.
    for (const c of REQUIRED) if (!get(c) && !(imported && (c === 'source_url' || c === 'publisher'))) fail(c, 'is empty');
    // The bundled data speaks both UI languages; an import's note is shown as written.
    if (!imported && get('note') && !get('note_id')) fail('note_id', 'is empty: every note is written in Bahasa Indonesia too');
    if (!imported && get('note_id') && !get('note')) fail('note', 'is empty: every note is written in English too');

    const code = get('code');
    const region = gazetteer.byCode.get(code);
    if (code && !region) fail('code', `unknown code "${code}" (not in the Kemendagri gazetteer)`);
    const levelText = get('level').toLowerCase();
    const level = (['provinsi', 'kabupaten', 'kota'] as const).find((l) => l === levelText);
    if (get('level') && !level) fail('level', `unknown level "${get('level')}" (provinsi, kabupaten or kota)`);
    if (region && level && levelOfCode(code) !== level) fail('level', `code ${code} is a ${levelOfCode(code)}, the row says ${level}`);

    const yearText = get('year');
    const year = Number(yearText);
    if (yearText && (!/^\d{4}$/.test(yearText) || !knownYear(year))) fail('year', `unknown edition "${yearText}" (editions: ${editionsText})`);
    const category = parseOutcome(get('category'));
    if (get('category') && !category)
      fail('category', `unknown category "${get('category')}" (Utama, Madya, Pratama, Awarded when the page states no category, or None for not awarded)`);

    for (const c of ['event_date', 'published_date'] as const) {
      if (get(c) && !isValidIsoDate(get(c))) fail(c, `malformed date "${get(c)}" (YYYY-MM-DD)`);
    }
    if (get('metrics_as_of') && !(AS_OF.test(get('metrics_as_of')) && (get('metrics_as_of').length < 10 || isValidIsoDate(get('metrics_as_of'))))) {
      fail('metrics_as_of', `malformed date "${get('metrics_as_of')}" (YYYY, YYYY-MM or YYYY-MM-DD)`);
    }
    const url = get('source_url');
    if (url && !isValidSourceUrl(url)) fail('source_url', `malformed URL "${url}"`);
    const evidenceText = get('evidence').toLowerCase();
    const evidence = evidenceText ? EVIDENCE_KINDS.find((e) => e === evidenceText) : 'stated';
    if (!evidence) fail('evidence', `unknown evidence "${get('evidence')}" (${EVIDENCE_KINDS.join(', ')}, or empty for stated)`);
    // An inference is only as good as the page's claim to be complete: the note quotes it.
    if (evidence === 'list' && !imported && !get('note')) fail('note', "is empty: a list inference quotes the page's completeness phrase");
    if (evidence === 'list' && category !== null && category !== 'none' && !(CATEGORIES as readonly string[]).includes(category)) {
      fail('evidence', 'a list names each region\'s outcome: "list" needs None or a category, not Awarded');
    }

    const metrics: Metrics = {};
    for (const [key, range] of Object.entries(PERCENT_RANGES) as [keyof typeof PERCENT_RANGES, (typeof PERCENT_RANGES)[keyof typeof PERCENT_RANGES]][]) {
      const raw = get(range.column);
      if (!raw) continue;
      if (!DECIMAL.test(raw)) {
        fail(range.column, `not a number: "${raw}" (use a dot for decimals, no % sign)`);
        continue;
      }
      const v = Number(raw);
      if (v < range.min || v > range.max) fail(range.column, `percentage out of range: ${raw} (allowed ${range.min}–${range.max})`);
      else metrics[key] = v;
    }
    for (const [key, column] of [
      ['population', 'population'],
      ['participants', 'participants'],
    ] as const) {
      const raw = get(column);
      if (!raw) continue;
      if (!/^\d+$/.test(raw) || Number(raw) <= 0) fail(column, `not a positive whole number: "${raw}"`);
      else metrics[key] = Number(raw);
    }
    if (get('metrics_as_of')) metrics.asOf = get('metrics_as_of');

    const recipientName = get('recipient_name');
    const recipientRole = get('recipient_role');
    if (recipientName && !recipientRole) fail('recipient_role', 'is empty while recipient_name is given');
    const represents = parseOfficialList(get('represented_head'));
    const accompanying = parseOfficialList(get('accompanying'));
    for (const b of represents.bad) fail('represented_head', `"${b}" is not "Name (Role)" or "Role (unnamed)"`);
    for (const b of accompanying.bad) fail('accompanying', `"${b}" is not "Name (Role)" or "unnamed (Role)"`);

    const previous = splitList(get('previous')).map(parsePreviousItem);
    // Free text would reach readers of the other language untranslated; an import's is shown as written.
    for (const p of imported ? [] : previous.filter(isFreeText)) {
      fail('previous', `"${p.text}" is not YEAR:Category, YEAR:Awarded, Category or award:N (the forms both languages can say)`);
    }

    const exactKey = row.map((c) => c.trim()).join('\u0000');
    const prevExact = seenExact.get(exactKey);
    if (prevExact !== undefined) fail(undefined, `exact duplicate of line ${prevExact}`);
    else {
      const sourceKey = `${code}|${yearText}|${url}`;
      const prevSource = seenSource.get(sourceKey);
      if (prevSource !== undefined) fail(undefined, `same code, year and source_url as line ${prevSource}`);
      seenSource.set(sourceKey, line);
    }
    seenExact.set(exactKey, line);

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }

    const name = get('name_as_written');
    if (name && region) {
      const m = matchRegionName(name, gazetteer, { provinceCodes: [region.provinceCode] });
      if (m.kind === 'match' && m.code !== code) {
        warnings.push({
          file,
          line,
          column: 'name_as_written',
          message: `"${name}" reads as ${m.code} ${gazetteer.byCode.get(m.code)?.name}, the row's code is ${code} ${region.name}`,
        });
      } else if (m.kind === 'none') {
        warnings.push({ file, line, column: 'name_as_written', message: `"${name}" matches no region in province ${region.provinceCode}` });
      }
    }

    const key = `${code}/${year}`;
    const n = (perKey.get(key) ?? 0) + 1;
    perKey.set(key, n);
    const source: Source | null = url
      ? { url, publisher: get('publisher') || new URL(url).hostname, ...(get('published_date') ? { publishedDate: get('published_date') } : {}) }
      : null;
    const origin: AwardRecord['origin'] =
      options.origin?.kind === 'imported' ? { kind: 'imported', file, importedAt: options.origin.importedAt, line } : { kind: 'bundled', file, line };
    const record: AwardRecord = {
      id: `${key}/${n}`,
      code,
      level: level as Level,
      year,
      category: category!,
      nameAsWritten: name,
      metrics,
      represents: represents.officials,
      accompanying: accompanying.officials,
      previous,
      sources: source ? [source] : [],
      origin,
    };
    if (get('event_date')) record.eventDate = get('event_date');
    if (recipientName || recipientRole) record.recipient = { name: recipientName || null, role: recipientRole };
    if (get('note') || get('note_id')) record.note = { en: get('note') || get('note_id'), id: get('note_id') || get('note') };
    if (evidence !== 'stated') record.evidence = evidence as Evidence;
    records.push(record);
  }
  return { records, errors, warnings };
}
