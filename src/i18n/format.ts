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

/**
 * A decimal with `min`–`max` fraction digits, written out as Intl writes it below 1000: the first
 * Intl.NumberFormat loads ICU locale data, ~150 ms on a phone, and a region panel formats percentages on its
 * first open. As Intl does, it rounds the number's shortest decimal form (1.005 → 1,01) half away from zero and
 * keeps the sign of a negative that rounds to zero (-0); a decimal comma in Indonesian, a point in English. What
 * would need a grouping separator (≥ 1000 once rounded) or is not a finite number: Intl itself.
 */
function formatDecimal(value: number, min: number, max: number, lang: Lang): string {
  const intl = () => numberFormat(lang, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
  if (!Number.isFinite(value) || Math.abs(value) >= 1000) return intl();
  const shortest = String(Math.abs(value));
  // Exponent forms are below 1e-6 here: zero at two decimals.
  const [whole, fraction = ''] = shortest.includes('e') ? ['0', ''] : shortest.split('.');
  let digits = whole! + fraction.slice(0, max).padEnd(max, '0');
  if ((fraction[max] ?? '0') >= '5') digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  let int = digits.slice(0, digits.length - max) || '0';
  if (int.length > 3) return intl();
  int = String(Number(int));
  let frac = digits.slice(digits.length - max);
  while (frac.length > min && frac.endsWith('0')) frac = frac.slice(0, -1);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${int}${frac ? (lang === 'id' ? ',' : '.') + frac : ''}`;
}

/** 98,8% in Indonesian, 98.8% in English; up to two decimals as sources state them. */
export function formatPercent(value: number, lang: Lang): string {
  return `${formatDecimal(value, 0, 2, lang)}%`;
}

export function formatPoints(value: number, lang: Lang): string {
  return formatDecimal(value, 1, 2, lang);
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
