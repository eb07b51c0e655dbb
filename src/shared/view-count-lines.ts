import type { Dataset } from '@/domain/dataset';
import type { MapClass, MapLevel, RecordedOfAnnounced, RegionRow } from '@/domain/select-regions';
import { baselineYear, CHANGE_CLASSES, type Change, type ChangeClass } from '@/domain/transitions';
import { countView, type ViewCounts } from '@/domain/view-counts';
import type { MessageKey } from '@/i18n/dictionary';
import { formatNumber } from '@/i18n/format';
import type { Lang, ViewState } from '@/state/view-state';
import { HATCHED_CLASSES, MAP_CLASS_COLORS } from './region-paint';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The two editions a change is read between. */
export interface EditionPair {
  year: number;
  base: number | null;
}

const isChange = (k: MapClass): k is ChangeClass => (CHANGE_CLASSES as readonly string[]).includes(k);

/** A change in running text ("naik", "tidak ada catatan 2024"): the years are always named. */
export function changeText(change: Change | 'nodata', years: EditionPair, t: T): string {
  return t(change, { year: years.year, base: years.base ?? '—' });
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** A legend class's name: a category, or a change between the named editions. */
export function classLabel(key: MapClass, years: EditionPair, t: T): string {
  return isChange(key) ? capitalise(changeText(key, years, t)) : t(key);
}

/** What a view shows, in words: the change map's comparison, the place, and every filter beyond the place. */
export interface ViewScope {
  /** "2026 dibanding 2024" on the change map; null on the category map. */
  comparison: string | null;
  place: string;
  filters: string[];
}

/** The scope as one line ("Kalimantan Selatan · hanya Utama"). */
export const scopeText = (s: ViewScope, withComparison = true): string =>
  [...(withComparison && s.comparison ? [s.comparison] : []), s.place, ...s.filters].join(' · ');

/** "UHC Awards 2026 · Kalimantan Selatan · hanya Utama": the embed's heading, and a map file's title after the app's name. */
export const viewHeading = (year: number, s: ViewScope, t: T): string => [t('editionOf', { year }), scopeText(s)].join(' · ');

/**
 * The view in words: the place, then every filter beyond it ("Kalimantan Selatan · hanya Utama"), the change
 * map's two editions, and imports when counted. Titles, legends and the summary all read this.
 */
function viewScope(dataset: Dataset, view: ViewState, years: EditionPair, withImports: boolean, t: T): ViewScope {
  const names = view.provinces.map((p) => dataset.byCode.get(p)?.name ?? p);
  const place = [view.level === 'provinsi' ? t('levelProvinsi') : null, names.length ? names.join(', ') : t('allIndonesia')].filter(Boolean).join(' · ');
  const filters: string[] = [];
  if (view.categories.length) filters.push(t('scopeOnly', { list: view.categories.map((c) => t(c)).join(', ') }));
  if (view.changes.length) {
    const list = view.changes.map((c) => changeText(c, years, t)).join(', ');
    filters.push(view.mode === 'change' ? t('scopeOnly', { list }) : `${t('changeFilterVs', { base: years.base ?? '—' })}: ${list}`);
  }
  if (withImports) filters.push(t('scopeImports'));
  const comparison = view.mode === 'change' && years.base !== null ? t('changeVs', { year: years.year, base: years.base }) : null;
  return { comparison, place, filters };
}

/** One legend line as every output prints it. */
export interface CountLine {
  key: MapClass;
  label: string;
  /** The count in words: a number, "2 dari 10" under a narrowing filter, or "disembunyikan filter". */
  value: string;
  /** The same in a legend's narrow column. */
  short: string;
  color: string;
  hatch: boolean;
  hidden: boolean;
  /** Shown as "n dari m": the filter shows part of the class. */
  partial: boolean;
}

/** The legend lines of a view's counts: the one wording of counts for the screen, the exports and print. */
function countLines(counts: ViewCounts, years: EditionPair, t: T, lang: Lang): CountLine[] {
  const n = (x: number) => formatNumber(x, lang);
  return counts.classes.map((c) => {
    const base = { key: c.key, label: classLabel(c.key, years, t), color: MAP_CLASS_COLORS[c.key], hatch: HATCHED_CLASSES.has(c.key) };
    if (c.shown === null) return { ...base, value: t('countHiddenOf', { n: n(c.inPlace) }), short: t('countHidden'), hidden: true, partial: false };
    const partial = counts.narrowed && c.shown !== c.inPlace;
    const count = partial ? t('countOf', { shown: n(c.shown), total: n(c.inPlace) }) : n(c.shown);
    // "Tidak mendapat: 23 (11 disimpulkan dari daftar lengkap)": an inference is never counted as a statement.
    const value = c.inferredShown > 0 ? t('countInferred', { count, n: n(c.inferredShown) }) : count;
    return { ...base, value, short: count, hidden: false, partial };
  });
}

/** The map's text equivalent: place, edition and every class with its count in words. */
function countsSentence(lines: readonly CountLine[], scope: ViewScope, year: number, t: T): string {
  return t('mapSummary', { place: scopeText(scope), year, counts: lines.map((l) => `${l.label}: ${l.value}`).join('; ') });
}

/** Everything a view says about its counts, decided once for the legend, summary, exports, embed and print. */
export interface ViewDescription {
  years: EditionPair;
  counts: ViewCounts;
  lines: CountLine[];
  scope: ViewScope;
  sentence: string;
}

export function describeView(dataset: Dataset, rows: readonly RegionRow[], view: ViewState, year: number, t: T, lang: Lang): ViewDescription {
  const years = { year, base: baselineYear(dataset.years, year, view.base) };
  const counts = countView(rows, view);
  const lines = countLines(counts, years, t, lang);
  const scope = viewScope(dataset, view, years, counts.importedShown > 0, t);
  return { years, counts, lines, scope, sentence: countsSentence(lines, scope, year, t) };
}

/**
 * The completeness line in its two parts — "190 dari 397 kabupaten/kota penerima tercatat di data ini" and "12 di
 * antaranya penerima dengan kategori tidak disebut" (none when there are none) — so the summary can set the first in
 * bold while the region pages' home writes it as plain text (`recordedSentence`).
 */
export function recordedText(r: RecordedOfAnnounced, level: MapLevel, t: T, lang: Lang): { recorded: string; awarded: string | null } {
  const n = (x: number) => formatNumber(x, lang);
  return {
    recorded: t(level === 'provinsi' ? 'recordedOfProvinces' : 'recordedOf', { n: n(r.recorded), total: n(r.announced) }),
    awarded: r.awarded > 0 ? t('recordedAwarded', { n: n(r.awarded) }) : null,
  };
}

/** The completeness line as one sentence: "190 dari 397 … (12 di antaranya …)." */
export function recordedSentence(text: ReturnType<typeof recordedText>): string {
  return `${text.recorded}${text.awarded ? ` (${text.awarded})` : ''}.`;
}
