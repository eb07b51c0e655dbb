import { OUTCOMES, type AwardOutcome, type AwardRecord } from './award-record';
import { categoriesForEdition, categoryRank } from './category-status';

/**
 * How a region moved between a baseline edition and the selected one. Absence of a record is never read as a
 * fact: with an incomplete dataset "no record" means "we do not know", so it gets classes of its own.
 * - `up` / `down` / `same`: both editions have a comparable outcome (a stated category or "not awarded").
 * - `new`: the baseline's data says "not awarded" and the selected edition awards it — only then is it "baru".
 * - `unclear`: one side is "awarded, category not stated": neither up nor down can be said.
 * - `nobase`: a record in the selected edition, none in the baseline ("tidak ada catatan 2024").
 * - `dropped`: a record in the baseline, none in the selected edition.
 */
const CHANGES = ['up', 'down', 'same', 'new', 'unclear', 'nobase', 'dropped'] as const;
export type Change = (typeof CHANGES)[number];
/** Every change class can be filtered on (`change=`); the list keeps the URL's canonical order. */
export type ChangeFilter = Change;
export const CHANGE_FILTERS: readonly ChangeFilter[] = CHANGES;
/** What the change map colours: a change, or `nodata` — no record in either edition. */
export type ChangeClass = Change | 'nodata';
export const CHANGE_CLASSES: readonly ChangeClass[] = [...CHANGES, 'nodata'];

/** How a region's outcome moved from the baseline edition A to edition B (undefined: no record). null: no record in either. */
export function classifyTransition(from: AwardOutcome | undefined, to: AwardOutcome | undefined): Change | null {
  if (from === undefined && to === undefined) return null;
  if (from === undefined) return 'nobase';
  if (to === undefined) return 'dropped';
  // "Awarded, category not stated" next to a category (or to itself) says nothing about up or down; next to
  // "not awarded" it does.
  if ((from === 'awarded' && to !== 'none') || (to === 'awarded' && from !== 'none')) return 'unclear';
  if (from === 'none' && to !== 'none') return 'new';
  const d = categoryRank(from) - categoryRank(to);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

/**
 * The edition a view compares with: the one asked for (`base=`) when it is an edition of the data before the
 * selected one, otherwise the nearest earlier edition; null when the selected edition is the oldest.
 */
export function baselineYear(years: readonly number[], year: number, asked: number | null): number | null {
  if (asked !== null && asked < year && years.includes(asked)) return asked;
  const earlier = years.filter((y) => y < year);
  return earlier.length ? Math.max(...earlier) : null;
}

export interface RegionTransition {
  code: string;
  from?: AwardOutcome;
  to?: AwardOutcome;
  change: Change;
}

export function transitionsBetween(records: readonly AwardRecord[], fromYear: number, toYear: number, codes?: ReadonlySet<string>): RegionTransition[] {
  const a = categoriesForEdition(records, fromYear).byCode;
  const b = categoriesForEdition(records, toYear).byCode;
  const all = new Set([...a.keys(), ...b.keys()]);
  const out: RegionTransition[] = [];
  for (const code of [...all].sort()) {
    if (codes && !codes.has(code)) continue;
    const change = classifyTransition(a.get(code), b.get(code));
    if (change) out.push({ code, from: a.get(code), to: b.get(code), change });
  }
  return out;
}

/** Row = earlier edition's category (or no record), column = later one. */
export type TransitionKey = AwardOutcome | 'unknown';
export const MATRIX_KEYS: readonly TransitionKey[] = [...OUTCOMES, 'unknown'];
export type TransitionMatrix = Record<TransitionKey, Record<TransitionKey, number>>;

export function transitionMatrix(transitions: readonly RegionTransition[]): TransitionMatrix {
  const m = Object.fromEntries(MATRIX_KEYS.map((r) => [r, Object.fromEntries(MATRIX_KEYS.map((c) => [c, 0]))])) as TransitionMatrix;
  for (const t of transitions) m[t.from ?? 'unknown'][t.to ?? 'unknown'] += 1;
  return m;
}
