import type { AwardRecord } from '@/domain/award-record';
import { matchRegionName, type MatchResult } from '@/domain/match-name';
import { isProvinceCode, isRegencyCode, levelOfCode, type Gazetteer, type Region } from '@/domain/regions';
import { unguardCell } from '@/data/excel-csv';
import { AWARD_COLUMNS, isValidSourceUrl, PERCENT_RANGES, validateAwardRows, type AwardColumn } from '@/data/parse-award-rows';
import { parseOfficialList, splitList } from '@/data/parse-officials';
import type { ColumnMapping, ImportField } from './column-mapping';
import { parseAsOf, parseLooseDate } from './locale-date';
import { parseLocaleNumber } from './locale-number';
import type { RawRow, Sheet } from './read-spreadsheet';

/**
 * What the report says about a row, as data: the dialog writes it in the reader's language. A problem
 * (`issues`) keeps a row out: it means nothing without a region, a year or a category, or states an
 * impossible number. A missing or unreadable detail is a warning on a row that is still applied.
 */
export type IssueCode =
  // problems
  | 'noRegion'
  | 'unknownCode'
  | 'unknownName'
  | 'ambiguousName'
  | 'noYear'
  | 'badYear'
  | 'noCategory'
  | 'badCategory'
  | 'notANumber'
  | 'outOfRange'
  | 'notWholeNumber'
  | 'exactDuplicate'
  | 'invalid'
  // warnings
  | 'missing'
  | 'roleMissing'
  | 'recipientNameMissing'
  | 'badUrl'
  | 'urlCompleted'
  | 'badDate'
  | 'badOfficial'
  | 'nameCodeMismatch'
  | 'codeIgnored'
  | 'levelMismatch'
  | 'fractionPercent'
  | 'sameRegionYear'
  | 'sameAsShown'
  // rows left out on purpose, and file-wide notes
  | 'totalRow'
  | 'sectionRow'
  | 'noteRow'
  | 'noSourceColumn';

export interface ImportIssue {
  code: IssueCode;
  field?: ImportField;
  /** The cell as written (or the region, file or name the message needs). */
  value?: string;
  other?: string;
  /** Another line the issue points at (the first of two duplicates). */
  line?: number;
  fields?: ImportField[];
}

export type RowStatus = 'accepted' | 'choose' | 'rejected' | 'ignored';

export interface ImportRowResult {
  line: number;
  /** accepted: will be applied while ticked; choose: the name needs a pick; rejected: a problem to fix; ignored: a title, total or note row. */
  status: RowStatus;
  /** The name as the file wrote it (or the code). */
  label: string;
  issues: ImportIssue[];
  warnings: ImportIssue[];
  record?: AwardRecord;
  /** The region the row points at (also when the row has a problem elsewhere). */
  code?: string;
  /** One pick settles every row that writes the name the same way (with the same level and province). */
  nameKey?: string;
  /** For a name that needs (or needed) a pick: the regions it could mean; empty means any region, searched by name. */
  candidates?: { code: string; name: string }[];
  /** An identical record is already shown (bundled or an earlier import): left unticked until the user ticks it. */
  defaultSkip?: boolean;
  exactKey?: string;
  sourceKey?: string;
}

/** Memo for a session of one file: a name is matched once, however often it is re-checked. */
export interface ImportCache {
  match: Map<string, MatchResult>;
  province: Map<string, string[] | undefined>;
}

export function createImportCache(): ImportCache {
  return { match: new Map(), province: new Map() };
}

export interface ImportContext {
  gazetteer: Gazetteer;
  fileName: string;
  importedAt: string;
  /** `line:N` → code for one row, `name:KEY` → code for every row writing that name: the user's picks. */
  choices?: ReadonlyMap<string, string>;
  /** line → corrected cells, by field: the user's fixes in the report. */
  edits?: ReadonlyMap<number, Partial<Record<ImportField, string>>>;
  /** Year for every row when the file has no year column. */
  defaultYear?: number;
  /** Records already shown, by code: an identical one is not offered twice. */
  existing?: ReadonlyMap<string, readonly AwardRecord[]>;
  cache?: ImportCache;
}

export interface PreparedImport {
  /** Rows as checked one by one, file order. */
  bases: ImportRowResult[];
  /** The same after the checks across rows (duplicates): what the report shows. */
  results: ImportRowResult[];
  /** Province named by a section row above ("JAWA BARAT" alone on a row), by line. */
  sectionHints: ReadonlyMap<number, string>;
  /** Notes about the whole file. */
  notes: ImportIssue[];
}

const PERCENT_COLUMNS = Object.values(PERCENT_RANGES);
const COUNT_COLUMNS = ['population', 'participants'] as const;
const NONE_WORDS = new Set([
  'none',
  'tidak',
  'tidak mendapat',
  'tidak dapat',
  'tidak menerima',
  'tidak meraih',
  'belum',
  'belum mendapat',
  '-',
  'tidak ada',
  'not awarded',
  'no',
  '✗',
  '✘',
]);
/** "Received, category not given": how a list of recipients without categories says it. */
const AWARDED_WORDS = new Set([
  'awarded',
  'penerima',
  'menerima',
  'mendapat',
  'dapat',
  'meraih',
  'ya',
  'yes',
  'received',
  'kategori tidak disebut',
  'tanpa kategori',
  'penerima kategori tidak disebut',
  'awarded category not stated',
  '✓',
  '✔',
  '√',
]);
const CATEGORY_NOISE = new Set(['kategori', 'predikat', 'uhc', 'award', 'awards', 'penghargaan', 'category', 'tingkat']);
const EMPTY_PLACEHOLDER = /^(-+|–|—|n\/?a|#n\/a|#value!|null|nihil|tidak ada|\?|\.)$/i;
const TOTAL_ROW = /^(jumlah|total|rata-?rata|rerata|grand total|sub ?total)\b/i;

/** A cell as the checks read it: trimmed, non-breaking spaces as spaces, our export's formula guard removed. */
function clean(raw: string): string {
  return unguardCell(raw.replace(/\u00a0/g, ' ').trim());
}

export function normalizeCode(raw: string): string {
  const s = raw.trim().replace(/\s/g, '');
  if (/^\d{4}$/.test(s)) return `${s.slice(0, 2)}.${s.slice(2)}`;
  // A code typed into a number cell loses its trailing zero: 16.1 was 16.10.
  if (/^\d{2}\.\d$/.test(s)) return `${s}0`;
  if (/^\d{2},\d{2}$/.test(s)) return s.replace(',', '.');
  return s;
}

/** The outcome a category cell states, in data/awards.csv's words, or null when it states none we know. */
export function normalizeCategory(raw: string): 'Utama' | 'Madya' | 'Pratama' | 'Awarded' | 'None' | null {
  const s = raw
    .trim()
    .toLowerCase()
    .replace(/[(),.:;!]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!s) return null;
  if (NONE_WORDS.has(s) || /^(tidak|belum|bukan)\b/.test(s)) return 'None';
  if (AWARDED_WORDS.has(s)) return 'Awarded';
  const words = s.split(/[^a-z]+/).filter((w) => w && !CATEGORY_NOISE.has(w));
  const tiers = [...new Set(words.filter((w) => w === 'utama' || w === 'madya' || w === 'pratama'))];
  if (tiers.length === 1 && words.length <= 2) return (tiers[0]![0]!.toUpperCase() + tiers[0]!.slice(1)) as 'Utama' | 'Madya' | 'Pratama';
  const rest = words.join(' ');
  if (AWARDED_WORDS.has(rest)) return 'Awarded';
  if (NONE_WORDS.has(rest)) return 'None';
  return null;
}

/** A year cell: "2026", 2026.0 from a number cell, a date, or text with one year in it ("UHC Awards 2026"). */
function parseYear(raw: string): number | 'bad' | null {
  const s = raw.trim();
  if (!s) return null;
  const whole = /^(\d{4})(?:[.,]0+)?$/.exec(s);
  if (whole) return Number(whole[1]);
  const date = parseLooseDate(s);
  if (date) return Number(date.slice(0, 4));
  const years = [...new Set([...s.matchAll(/(?:^|\D)(20\d{2})(?!\d)/g)].map((m) => m[1]!))];
  return years.length === 1 ? Number(years[0]) : 'bad';
}

function kindOf(levelText: string, name: string): 'provinsi' | 'kota' | 'kabupaten' | 'kabkota' {
  const l = levelText.toLowerCase().replace(/[^a-z]/g, '');
  if (['provinsi', 'prov', 'pemprov', 'province'].includes(l)) return 'provinsi';
  if (['kota', 'pemkot', 'pemko', 'city', 'kotaadministrasi'].includes(l)) return 'kota';
  if (['kabupaten', 'kab', 'pemkab', 'regency', 'kabupatenadministrasi'].includes(l)) return 'kabupaten';
  // A name that says it is a province is one; any other name is read as a kabupaten/kota first ("Jambi" → Kota Jambi).
  return /^(provinsi|prov\b|pemprov|pemerintah provinsi)/i.test(name) || /\bprovince$/i.test(name) ? 'provinsi' : 'kabkota';
}

/** The province a hint names ("Jawa Barat", "Jabar", "32"). */
function provinceHint(text: string, gazetteer: Gazetteer, cache: ImportCache): string[] | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (cache.province.has(t)) return cache.province.get(t);
  let hint: string[] | undefined;
  if (isProvinceCode(t) && gazetteer.byCode.has(t)) hint = [t];
  else {
    const m = matchRegionName(t, gazetteer, { kind: 'provinsi', strict: true });
    hint = m.kind === 'match' ? [m.code] : undefined;
  }
  cache.province.set(t, hint);
  return hint;
}

function matchCached(name: string, kind: ReturnType<typeof kindOf>, provinces: string[] | undefined, gazetteer: Gazetteer, cache: ImportCache): MatchResult {
  const key = `${name}|${kind}|${provinces?.join(',') ?? ''}`;
  let m = cache.match.get(key);
  if (!m) {
    m = matchRegionName(name, gazetteer, { kind, provinceCodes: provinces });
    cache.match.set(key, m);
  }
  return m;
}

const ROLE_PREFIX =
  /^((?:(?:plt|pj|plh)\.?\s+|penjabat(?:\s+\(pj\))?\s+|pelaksana tugas\s+)?(?:wakil\s+)?(?:bupati|wali\s?kota|walikota|gubernur|sekretaris daerah|sekda|kepala dinas kesehatan|kadinkes|kepala dinas|kadis|asisten\s+[ivx\d]+|ketua tp[\s-]?pkk|ketua dprd))\b[\s,:-]*/i;
const NAME_ROLE = /^(.*?)\s*\(([^()]+)\)$/;

/**
 * "Askolani (Bupati)", "Bupati Askolani", "Bupati Banyuasin Askolani", "Wakil Wali Kota Tjutjuk" or a bare
 * name: the person and the role as written, the region's own name taken off the role.
 */
export function splitRecipient(text: string, region?: Region): { name: string; role: string } {
  const t = text.trim();
  const paren = NAME_ROLE.exec(t);
  if (paren && paren[2]!.trim()) {
    const outside = paren[1]!.trim();
    const inside = paren[2]!.trim();
    if (/^unnamed$/i.test(inside)) return { name: '', role: outside };
    if (/^unnamed$/i.test(outside) || !outside) return { name: '', role: inside };
    return { name: outside, role: inside };
  }
  const prefix = ROLE_PREFIX.exec(t);
  if (!prefix) return { name: t, role: '' };
  const role = prefix[1]!.replace(/\s+/g, ' ').trim();
  let rest = t.slice(prefix[0].length).trim();
  if (region) {
    for (const n of [region.name, region.shortName]) {
      if (rest.toLowerCase().startsWith(n.toLowerCase())) {
        rest = rest.slice(n.length).replace(/^[\s,:-]+/, '');
        break;
      }
    }
  }
  return { name: rest, role };
}

/** "Name (Role)" items as the validator reads them; other items read as "Role Name" when they can be. */
function officialsCell(text: string, region: Region | undefined, field: ImportField, warnings: ImportIssue[]): string {
  const out: string[] = [];
  for (const item of splitList(text)) {
    if (parseOfficialList(item).bad.length === 0) {
      out.push(item);
      continue;
    }
    const { name, role } = splitRecipient(item, region);
    if (role) out.push(name ? `${name} (${role})` : `${role} (unnamed)`);
    else warnings.push({ code: 'badOfficial', field, value: item });
  }
  return out.join('; ');
}

function factKey(r: AwardRecord): string {
  return JSON.stringify([
    r.code,
    r.year,
    r.category,
    r.metrics,
    r.recipient ?? null,
    r.represents,
    r.accompanying,
    r.previous.map((p) => p.text),
    r.sources.map((s) => s.url),
    r.eventDate ?? null,
    r.note?.en ?? null,
  ]);
}

type Getter = (f: ImportField) => string;

/** Checks one row on its own; the checks across rows (duplicates) come after, in `finalize`. */
function prepareRow(row: RawRow, mapping: ColumnMapping, ctx: ImportContext, cache: ImportCache, sectionHint: string | undefined): ImportRowResult {
  const { gazetteer } = ctx;
  const edit = ctx.edits?.get(row.line);
  const get: Getter = (f) => {
    const e = edit?.[f];
    if (e !== undefined) return clean(e);
    const i = mapping[f];
    return i === undefined ? '' : clean(row.cells[i] ?? '');
  };
  const mapped = (f: ImportField) => mapping[f] !== undefined || edit?.[f] !== undefined;
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const name = get('name_as_written');
  const codeText = normalizeCode(get('code'));
  const label = name || codeText || `#${row.line}`;
  const result: ImportRowResult = { line: row.line, status: 'accepted', label, issues, warnings };

  // ---- the region ----
  const levelText = get('level');
  const kind = kindOf(levelText, name);
  const provinces = kind === 'provinsi' ? undefined : (provinceHint(get('province'), gazetteer, cache) ?? (sectionHint ? [sectionHint] : undefined));
  const nameKey = name ? `${name.toLowerCase().replace(/\s+/g, ' ')}|${kind}|${provinces?.join(',') ?? ''}` : undefined;
  if (nameKey) result.nameKey = nameKey;
  const chosen = ctx.choices?.get(`line:${row.line}`) ?? (nameKey ? ctx.choices?.get(`name:${nameKey}`) : undefined);
  let code = chosen && gazetteer.byCode.has(chosen) ? chosen : '';
  let badCode = '';
  if (!code && codeText) {
    if ((isRegencyCode(codeText) || isProvinceCode(codeText)) && gazetteer.byCode.has(codeText)) code = codeText;
    else badCode = codeText;
  }
  let nameProblem: ImportIssue | undefined;
  if (name) {
    const m = matchCached(name, kind, provinces, gazetteer, cache);
    if (m.kind === 'ambiguous') result.candidates = m.candidates.map((c) => ({ code: c.code, name: c.name }));
    else if (m.kind === 'none') result.candidates = provinces ? gazetteer.regencies.filter((r) => provinces.includes(r.provinceCode)).map((r) => ({ code: r.code, name: r.name })) : [];
    if (!code) {
      if (m.kind === 'match') code = m.code;
      else nameProblem = m.kind === 'ambiguous' ? { code: 'ambiguousName', value: name, other: String(m.candidates.length) } : { code: 'unknownName', value: name };
    } else if (!chosen && m.kind === 'match' && m.code !== code) {
      warnings.push({ code: 'nameCodeMismatch', value: name, other: gazetteer.byCode.get(m.code)?.name ?? m.code });
    }
  }
  if (code && badCode) warnings.push({ code: 'codeIgnored', field: 'code', value: badCode });
  if (!code) {
    if (nameProblem) issues.push(nameProblem);
    else if (badCode) issues.push({ code: 'unknownCode', field: 'code', value: badCode });
    else issues.push({ code: 'noRegion' });
  }
  const region = code ? gazetteer.byCode.get(code) : undefined;
  if (code) result.code = code;
  const level = code ? (levelOfCode(code) ?? '') : '';
  if (region && levelText && kind !== 'kabkota' && kind !== level) warnings.push({ code: 'levelMismatch', field: 'level', value: levelText, other: level });

  // ---- year and category: without them a row means nothing ----
  const yearText = get('year') || (ctx.defaultYear ? String(ctx.defaultYear) : '');
  const year = parseYear(yearText);
  if (year === null) issues.push({ code: 'noYear', field: 'year' });
  else if (year === 'bad' || year < 2014 || year > 2100) issues.push({ code: 'badYear', field: 'year', value: yearText });
  const categoryText = get('category');
  const category = normalizeCategory(categoryText);
  if (!categoryText) issues.push({ code: 'noCategory', field: 'category' });
  else if (!category) issues.push({ code: 'badCategory', field: 'category', value: categoryText });

  // ---- figures: an impossible number is a problem, a missing one is not ----
  const numbers: Partial<Record<AwardColumn, string>> = {};
  for (const range of PERCENT_COLUMNS) {
    const v = get(range.column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const n = parseLocaleNumber(v, 'decimal');
    if (n === null) issues.push({ code: 'notANumber', field: range.column, value: v });
    else if (Number(n) < range.min || Number(n) > range.max) issues.push({ code: 'outOfRange', field: range.column, value: v, other: `${range.min}–${range.max}` });
    else {
      numbers[range.column] = n;
      if (range.column !== 'pemda_registered_pct' && Number(n) > 0 && Number(n) <= 1.5) warnings.push({ code: 'fractionPercent', field: range.column, value: v });
    }
  }
  for (const column of COUNT_COLUMNS) {
    const v = get(column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const n = parseLocaleNumber(v, 'integer');
    if (n === null || Number(n) <= 0) issues.push({ code: 'notWholeNumber', field: column, value: v });
    else numbers[column] = n;
  }

  // ---- details: kept when readable, otherwise left out with a warning ----
  const dates: Partial<Record<AwardColumn, string>> = {};
  for (const column of ['event_date', 'published_date', 'metrics_as_of'] as const) {
    const v = get(column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const d = column === 'metrics_as_of' ? parseAsOf(v) : parseLooseDate(v);
    if (d) dates[column] = d;
    else warnings.push({ code: 'badDate', field: column, value: v });
  }
  let url = get('source_url');
  if (EMPTY_PLACEHOLDER.test(url)) url = '';
  if (url && !isValidSourceUrl(url)) {
    const completed = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(url) ? `https://${url}` : '';
    if (completed && isValidSourceUrl(completed)) {
      warnings.push({ code: 'urlCompleted', field: 'source_url', value: url, other: completed });
      url = completed;
    } else {
      warnings.push({ code: 'badUrl', field: 'source_url', value: url });
      url = '';
    }
  }
  let recipientName = get('recipient_name');
  let recipientRole = get('recipient_role');
  if (recipientName && !recipientRole) ({ name: recipientName, role: recipientRole } = splitRecipient(recipientName, region));
  if (recipientName && !recipientRole) warnings.push({ code: 'roleMissing', field: 'recipient_role', value: recipientName });
  if (!recipientName && recipientRole && mapped('recipient_name')) warnings.push({ code: 'recipientNameMissing', field: 'recipient_name', value: recipientRole });
  const represents = officialsCell(get('represented_head'), region, 'represented_head', warnings);
  const accompanying = officialsCell(get('accompanying'), region, 'accompanying', warnings);
  const missing: ImportField[] = (['source_url', 'event_date'] as const).filter((f) => mapped(f) && !get(f));
  // No figure at all where the file has columns for them: named by the first of those columns.
  const percentMapped = PERCENT_COLUMNS.filter((r) => mapped(r.column));
  if (percentMapped.length && percentMapped.every((r) => !numbers[r.column])) missing.push(percentMapped[0]!.column);
  if (missing.length) warnings.push({ code: 'missing', fields: missing });

  if (issues.length) {
    result.status = nameProblem && issues.length === 1 ? 'choose' : 'rejected';
    return result;
  }

  // ---- the record, built by the same validator as the bundled data ----
  const cells = AWARD_COLUMNS.map((c): string => {
    switch (c) {
      case 'code':
        return code;
      case 'level':
        return level;
      case 'year':
        return String(year);
      case 'category':
        return category!;
      case 'name_as_written':
        // Read against the code above already; the validator would match it again.
        return '';
      case 'recipient_name':
        // A name without a role is kept (a warning), which the bundled data's rule does not allow.
        return recipientRole ? recipientName : '';
      case 'recipient_role':
        return recipientRole;
      case 'represented_head':
        return represents;
      case 'accompanying':
        return accompanying;
      case 'source_url':
        return url;
      case 'event_date':
      case 'published_date':
      case 'metrics_as_of':
        return dates[c] ?? '';
      case 'coverage_pct':
      case 'active_pct':
      case 'pemda_registered_pct':
      case 'population':
      case 'participants':
        return numbers[c] ?? '';
      default:
        return get(c);
    }
  });
  const checked = validateAwardRows([{ line: row.line, cells }], {
    file: ctx.fileName,
    gazetteer,
    years: 'any',
    origin: { kind: 'imported', importedAt: ctx.importedAt },
  });
  const record = checked.records[0];
  if (!record) {
    // Everything the validator checks is read above; this is a safety net, worded with the column it names.
    for (const e of checked.errors) issues.push({ code: 'invalid', field: e.column as ImportField | undefined, value: e.message });
    result.status = 'rejected';
    return result;
  }
  record.nameAsWritten = name || region?.name || '';
  if (recipientName && !recipientRole) record.recipient = { name: recipientName, role: '' };
  result.record = record;
  result.exactKey = [...cells, name, recipientName].join('\u0000');
  result.sourceKey = `${code}|${year}|${url}`;
  const same = ctx.existing?.get(code)?.find((r) => r.year === record.year && factKey(r) === factKey(record));
  if (same) {
    warnings.push({ code: 'sameAsShown', value: same.origin.kind, other: same.origin.file });
    result.defaultSkip = true;
  }
  return result;
}

/** A row that is not a record: a total, a province heading over its regions, a note under the table. */
function leftOut(row: RawRow, mapping: ColumnMapping, gazetteer: Gazetteer, cache: ImportCache): { issue: ImportIssue; province?: string } | null {
  const at = (f: ImportField) => (mapping[f] === undefined ? '' : clean(row.cells[mapping[f]!] ?? ''));
  const name = at('name_as_written');
  const filled = row.cells.map((c, i) => [clean(c), i] as const).filter(([c]) => c !== '');
  if (TOTAL_ROW.test(name) || TOTAL_ROW.test(at('code')) || (filled.length <= 3 && filled.some(([c]) => TOTAL_ROW.test(c)) && !at('category'))) {
    return { issue: { code: 'totalRow' } };
  }
  const dataFields = (['category', 'year', 'coverage_pct', 'active_pct', 'code'] as const).filter((f) => at(f));
  if (name && dataFields.length === 0) {
    const p = provinceHint(name.replace(/^(provinsi|prov\.?)\s+/i, ''), gazetteer, cache);
    if (p && filled.every(([, i]) => i === mapping.name_as_written || /^\d+\.?$/.test(clean(row.cells[i] ?? '')) || i === mapping.province)) {
      return { issue: { code: 'sectionRow', value: name }, province: p[0] };
    }
  }
  if (filled.length === 1 && filled[0]![1] !== mapping.name_as_written && filled[0]![1] !== mapping.code) return { issue: { code: 'noteRow', value: filled[0]![0] } };
  return null;
}

/** Across rows: an exact repeat of an earlier row is refused; another row for the same region, year and source is flagged. */
function finalize(bases: readonly ImportRowResult[]): ImportRowResult[] {
  const exact = new Map<string, number>();
  const source = new Map<string, number>();
  return bases.map((r) => {
    if (r.status !== 'accepted' || !r.exactKey || !r.sourceKey) return r;
    const first = exact.get(r.exactKey);
    if (first !== undefined) {
      const { record: _record, ...rest } = r;
      return { ...rest, status: 'rejected', issues: [...r.issues, { code: 'exactDuplicate', line: first }] };
    }
    exact.set(r.exactKey, r.line);
    const firstSource = source.get(r.sourceKey);
    if (firstSource !== undefined) return { ...r, warnings: [...r.warnings, { code: 'sameRegionYear', line: firstSource }] };
    source.set(r.sourceKey, r.line);
    return r;
  });
}

function fileNotes(mapping: ColumnMapping): ImportIssue[] {
  return mapping.source_url === undefined ? [{ code: 'noSourceColumn' }] : [];
}

function prepareRange(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext, cache: ImportCache, from: number, to: number, state: { section?: string; hints: Map<number, string> }, out: ImportRowResult[]) {
  for (let i = from; i < to; i++) {
    const row = sheet.rows[i]!;
    const skip = ctx.edits?.has(row.line) ? null : leftOut(row, mapping, ctx.gazetteer, cache);
    if (skip) {
      if (skip.province) state.section = skip.province;
      out.push({ line: row.line, status: 'ignored', label: skip.issue.value ?? row.cells.find((c) => c.trim()) ?? '', issues: [skip.issue], warnings: [] });
      continue;
    }
    if (state.section) state.hints.set(row.line, state.section);
    out.push(prepareRow(row, mapping, ctx, cache, state.section));
  }
}

/** Turns a user's sheet into checked rows: nothing is applied here. */
export function prepareAll(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): PreparedImport {
  const cache = ctx.cache ?? createImportCache();
  const bases: ImportRowResult[] = [];
  const state = { hints: new Map<number, string>() } as { section?: string; hints: Map<number, string> };
  prepareRange(sheet, mapping, ctx, cache, 0, sheet.rows.length, state, bases);
  return { bases, results: finalize(bases), sectionHints: state.hints, notes: fileNotes(mapping) };
}

/** The rows as the report shows them (file order). */
export function prepareImport(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): ImportRowResult[] {
  return prepareAll(sheet, mapping, ctx).results;
}

/**
 * The same in slices, yielding to the page between them so a 20,000-row file keeps the tab responsive,
 * with progress; an aborted signal stops it (the promise then rejects with the signal's reason).
 */
export async function prepareInSlices(
  sheet: Sheet,
  mapping: ColumnMapping,
  ctx: ImportContext,
  { signal, onProgress, sliceRows = 2500 }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; sliceRows?: number } = {},
): Promise<PreparedImport> {
  const cache = ctx.cache ?? createImportCache();
  const bases: ImportRowResult[] = [];
  const state = { hints: new Map<number, string>() } as { section?: string; hints: Map<number, string> };
  const total = sheet.rows.length;
  for (let from = 0; from < total; from += sliceRows) {
    signal?.throwIfAborted();
    prepareRange(sheet, mapping, ctx, cache, from, Math.min(total, from + sliceRows), state, bases);
    onProgress?.(Math.min(total, from + sliceRows), total);
    if (from + sliceRows < total) await new Promise((r) => setTimeout(r, 0));
  }
  signal?.throwIfAborted();
  return { bases, results: finalize(bases), sectionHints: state.hints, notes: fileNotes(mapping) };
}

/** Re-checks the given lines after an edit or a pick, then the checks across rows; other rows keep their objects. */
export function recheck(prepared: PreparedImport, sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext, lines: Iterable<number>): PreparedImport {
  const cache = ctx.cache ?? createImportCache();
  const wanted = new Set(lines);
  const rowAt = new Map(sheet.rows.filter((r) => wanted.has(r.line)).map((r) => [r.line, r]));
  const bases = prepared.bases.map((b) => {
    const row = rowAt.get(b.line);
    return row ? prepareRow(row, mapping, ctx, cache, prepared.sectionHints.get(b.line)) : b;
  });
  return { ...prepared, bases, results: finalize(bases) };
}

/** The lines a pick for this row also settles: every undecided row writing the same name. */
export function linesSharingName(prepared: PreparedImport, line: number): number[] {
  const key = prepared.bases.find((b) => b.line === line)?.nameKey;
  return key ? prepared.bases.filter((b) => b.nameKey === key).map((b) => b.line) : [line];
}
