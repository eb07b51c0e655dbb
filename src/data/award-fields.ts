import { CATEGORIES, type AwardOutcome, type Category, type PreviousClaim } from '@/domain/award-record';

// One award row's fields read from their text: dates, source links, categories and the earlier-award claims.
// The bundled CSV, the importer and the editions file read them the same way.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export function isValidSourceUrl(s: string): boolean {
  if (/\s/.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function parseCategory(s: string): Category | null {
  const c = s.trim().toLowerCase();
  return (CATEGORIES as readonly string[]).includes(c) ? (c as Category) : null;
}

/** A category; Awarded for a recipient whose category the page does not state; None for one named as not awarded. */
export function parseOutcome(s: string): AwardOutcome | null {
  const c = s.trim().toLowerCase();
  return c === 'none' || c === 'awarded' ? c : parseCategory(s);
}

/**
 * One claim about earlier awards, in a form both UI languages can say: `2024:Pratama`, `2023:Awarded` (category
 * not stated), `Madya` (year not stated) or `award:3` (the page counts this award as the region's third).
 * Anything else is free text: null category and year, shown as written (allowed in imports only).
 */
export function parsePreviousItem(item: string): PreviousClaim {
  const ordinal = /^award\s*:\s*(\d{1,2})$/i.exec(item);
  if (ordinal) return { year: null, category: null, ordinal: Number(ordinal[1]), text: item };
  const m = /^(?:(\d{4})\s*:\s*)?(\w+)$/.exec(item);
  const outcome = m ? parseOutcome(m[2]!) : null;
  if (m && outcome && outcome !== 'none' && (m[1] || outcome !== 'awarded')) return { year: m[1] ? Number(m[1]) : null, category: outcome, text: item };
  return { year: null, category: null, text: item };
}

export const isFreeText = (p: PreviousClaim) => p.category === null && p.ordinal === undefined;
