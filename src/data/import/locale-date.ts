/**
 * Dates as Indonesian and English spreadsheets write them: "2026-01-27", "27/01/2026", "27-1-2026",
 * "27 Januari 2026", "Selasa, 27 Jan 2026", "January 27, 2026". Day first, as Indonesia writes it, unless
 * the first number cannot be a month's day order (13/01 is day 13; 01/13 is read as January 13).
 */
const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  agst: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

function fullYear(y: number): number {
  return y < 100 ? 2000 + y : y;
}

function iso(y: number, m: number, d: number): string | null {
  const year = fullYear(y);
  if (year < 1900 || year > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(year, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${pad(m)}-${pad(d)}`;
}

function clean(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s*/, '')
    .replace(/\s+/g, ' ');
}

/** A full date → "YYYY-MM-DD", or null when the text is not a date. */
export function parseLooseDate(raw: string): string | null {
  const s = clean(raw);
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return b > 12 && a <= 12 ? iso(Number(m[3]), a, b) : iso(Number(m[3]), b, a);
  }
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})$/.exec(s);
  if (m && MONTHS[m[2]!]) return iso(Number(m[3]), MONTHS[m[2]!]!, Number(m[1]));
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(s);
  if (m && MONTHS[m[1]!]) return iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  return null;
}

/** The date figures are "as of": a full date, a month ("Juni 2026", "06/2026", "2026-06") or a year. */
export function parseAsOf(raw: string): string | null {
  const full = parseLooseDate(raw);
  if (full) return full;
  const s = clean(raw);
  let m = /^(\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1900 && Number(m[1]) <= 2100 ? m[1]! : null;
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return `${m[1]}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${pad(Number(m[1]))}`;
  m = /^([a-z]+)\.?[\s-]+(\d{4})$/.exec(s);
  if (m && MONTHS[m[1]!]) return `${m[2]}-${pad(MONTHS[m[1]!]!)}`;
  return null;
}
