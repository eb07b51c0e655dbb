import type { Lang } from './dictionary';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * Formatters are built once per language and options: constructing an Intl formatter costs far more than
 * formatting, and the legend and table format hundreds of numbers per render.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale(lang), options)));
  return f;
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale(lang), options)));
  return f;
}

/** 98,8% in Indonesian, 98.8% in English; up to two decimals as sources state them. */
export function formatPercent(value: number, lang: Lang): string {
  return `${numberFormat(lang, { maximumFractionDigits: 2 }).format(value)}%`;
}

export function formatPoints(value: number, lang: Lang): string {
  return numberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

export function formatNumber(value: number, lang: Lang): string {
  // Counts under 1000 read the same in both languages (no grouping). The first Intl.NumberFormat costs
  // ~50 ms of locale loading on a slow device, and the legend's counts are on the path to the first map.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  return numberFormat(lang).format(value);
}

/** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) → "27 Januari 2026" / "27 January 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  return dateFormat(lang, opts).format(date);
}
