import type { Lang } from './dictionary';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * Formatters are built once per language and options: constructing an Intl formatter costs far more than
 * formatting, and the legend and table format hundreds of numbers per render.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(kind: string, lang: Lang, options: object, make: (locale: string) => F): F {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(locale(lang))));
  return f;
}
const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions = {}) => cached('n', lang, options, (l) => new Intl.NumberFormat(l, options));
const dateFormat = (lang: Lang, options: Intl.DateTimeFormatOptions) => cached('d', lang, options, (l) => new Intl.DateTimeFormat(l, options));

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
