import { unguardCell } from '@/data/excel-csv';
import { isValidSourceUrl } from '@/data/award-fields';
import { PERCENT_RANGES, type AwardColumn } from '@/data/parse-award-rows';
import type { ImportField } from './column-mapping';
import type { ImportIssue } from './import-row-result';
import { parseAsOf, parseLooseDate } from './locale-date';
import { parseLocaleNumber } from './locale-number';

/** A row's cell for a field, cleaned, with the user's fix in its place when there is one. */
export type CellGetter = (f: ImportField) => string;

export const PERCENT_COLUMNS = Object.values(PERCENT_RANGES);
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

/** A cell as the checks read it: trimmed, non-breaking spaces as spaces, our export's formula guard removed. */
export function cleanCell(raw: string): string {
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
export function parseYear(raw: string): number | 'bad' | null {
  const s = raw.trim();
  if (!s) return null;
  const whole = /^(\d{4})(?:[.,]0+)?$/.exec(s);
  if (whole) return Number(whole[1]);
  const date = parseLooseDate(s);
  if (date) return Number(date.slice(0, 4));
  const years = [...new Set([...s.matchAll(/(?:^|\D)(20\d{2})(?!\d)/g)].map((m) => m[1]!))];
  return years.length === 1 ? Number(years[0]) : 'bad';
}

/** The percentages and counts: an impossible number is a problem, a missing one is not. */
export function readFigures(get: CellGetter, issues: ImportIssue[], warnings: ImportIssue[]): Partial<Record<AwardColumn, string>> {
  const numbers: Partial<Record<AwardColumn, string>> = {};
  for (const range of PERCENT_COLUMNS) {
    const v = get(range.column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const n = parseLocaleNumber(v, 'decimal');
    if (n === null) issues.push({ code: 'notANumber', field: range.column, value: v });
    else if (Number(n) < range.min || Number(n) > range.max)
      issues.push({ code: 'outOfRange', field: range.column, value: v, other: `${range.min}–${range.max}` });
    else {
      numbers[range.column] = n;
      if (range.column !== 'pemda_registered_pct' && Number(n) > 0 && Number(n) <= 1.5)
        warnings.push({ code: 'fractionPercent', field: range.column, value: v });
    }
  }
  for (const column of COUNT_COLUMNS) {
    const v = get(column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const n = parseLocaleNumber(v, 'integer');
    if (n === null || Number(n) <= 0) issues.push({ code: 'notWholeNumber', field: column, value: v });
    else numbers[column] = n;
  }
  return numbers;
}

/** The date cells, kept when readable, otherwise left out with a warning. */
export function readDates(get: CellGetter, warnings: ImportIssue[]): Partial<Record<AwardColumn, string>> {
  const dates: Partial<Record<AwardColumn, string>> = {};
  for (const column of ['event_date', 'published_date', 'metrics_as_of'] as const) {
    const v = get(column);
    if (!v || EMPTY_PLACEHOLDER.test(v)) continue;
    const d = column === 'metrics_as_of' ? parseAsOf(v) : parseLooseDate(v);
    if (d) dates[column] = d;
    else warnings.push({ code: 'badDate', field: column, value: v });
  }
  return dates;
}

/** The source link; an address typed without its scheme is completed (with a warning), anything else left out. */
export function readSourceUrl(get: CellGetter, warnings: ImportIssue[]): string {
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
  return url;
}
