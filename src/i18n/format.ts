import type { Lang } from './dictionary';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** 98,8% in Indonesian, 98.8% in English; up to two decimals as sources state them. */
export function formatPercent(value: number, lang: Lang): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 2 }).format(value)}%`;
}

export function formatPoints(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** ISO date (YYYY-MM-DD, YYYY-MM or YYYY) → "27 Januari 2026" / "27 January 2026". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y) return iso;
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  return new Intl.DateTimeFormat(locale(lang), opts).format(date);
}
