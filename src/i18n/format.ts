import type { Lang } from '@/state/view-state';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/**
 * Formatters are built once per language and options: constructing an Intl formatter costs far more than
 * formatting, and the legend and table format hundreds of numbers per render.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function cached<F extends Intl.NumberFormat>(kind: string, lang: Lang, options: object, make: (locale: string) => F): F {
  const key = `${kind}|${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as F | undefined;
  if (!f) formatters.set(key, (f = make(locale(lang))));
  return f;
}
const numberFormat = (lang: Lang, options: Intl.NumberFormatOptions = {}) => cached('n', lang, options, (l) => new Intl.NumberFormat(l, options));

/** 98,8% in Indonesian, 98.8% in English; up to two decimals as sources state them. */
export function formatPercent(value: number, lang: Lang): string {
  return `${numberFormat(lang, { maximumFractionDigits: 2 }).format(value)}%`;
}

/**
 * Builds the percent and points formatters ahead of need, when the browser is idle after the first view: the
 * first region panel formats percentages, and building its formatter (ICU locale data) cost ~25 ms of that click.
 */
export function warmFormatters(lang: Lang): void {
  formatPercent(0, lang);
  formatPoints(0, lang);
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

const MONTHS: Record<Lang, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * ISO date (YYYY-MM-DD, YYYY-MM or YYYY) → "27 Januari 2026" / "27 January 2026". Written out rather than
 * Intl.DateTimeFormat: its first use loads date locale data (~50 ms on this machine), and the summary panel's
 * ceremony date is on the path to the first map. Same text as Intl (tested).
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  const month = m?.[2] ? MONTHS[lang][Number(m[2]) - 1] : undefined;
  if (!m || (m[2] && !month)) return iso;
  const day = m[3] ? Number(m[3]) : undefined;
  return [day, month, Number(m[1])].filter((p) => p !== undefined).join(' ');
}
