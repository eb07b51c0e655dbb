import { OUTCOMES, type AwardOutcome, type AwardRecord } from './award-record';
import { categoriesForEdition, categoryRank } from './category-status';

export const CHANGES = ['up', 'down', 'same', 'new', 'dropped', 'unclear'] as const;
export type Change = (typeof CHANGES)[number];
/**
 * What the `change` filter offers: `dropped` is no record in the edition, so nothing to show on it; `unclear`
 * (one side awarded without a stated category) cannot be placed up or down.
 */
export type ChangeFilter = Exclude<Change, 'dropped' | 'unclear'>;
export const CHANGE_FILTERS: readonly ChangeFilter[] = ['up', 'down', 'same', 'new'];

/**
 * How a region's category moved from edition A to edition B.
 * `new`: a record in B but none in A. `dropped`: a record in A but none in B — with an incomplete
 * dataset this means "no record", not "lost the award"; panels must say so.
 * null: no record in either edition.
 */
export function classifyTransition(from: AwardOutcome | undefined, to: AwardOutcome | undefined): Change | null {
  if (from === undefined && to === undefined) return null;
  if (from === undefined) return 'new';
  if (to === undefined) return 'dropped';
  // "Awarded, category not stated" next to a category (or to itself) says nothing about up or down; next to
  // "not awarded" it does.
  if ((from === 'awarded' && to !== 'none') || (to === 'awarded' && from !== 'none')) return 'unclear';
  const d = categoryRank(from) - categoryRank(to);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
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

/**
 * The edition before `year` in which the region has a record — the comparison the URL's `change`
 * filter uses ("vs. the previous edition with a record").
 */
export function previousRecordedCategory(records: readonly AwardRecord[], code: string, year: number): { year: number; category: AwardOutcome } | undefined {
  let best: { year: number; category: AwardOutcome } | undefined;
  for (const r of records) {
    if (r.code !== code || r.year >= year) continue;
    if (!best || r.year > best.year || (r.year === best.year && categoryRank(r.category) < categoryRank(best.category))) {
      best = { year: r.year, category: r.category };
    }
  }
  return best;
}
