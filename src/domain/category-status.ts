import { CATEGORIES, OUTCOMES, type AwardOutcome, type AwardRecord } from './award-record';

/** Rank for ordering: lower is higher. A stated category, then `awarded` (category not stated), then `none`. */
export function categoryRank(c: AwardOutcome): number {
  return OUTCOMES.indexOf(c);
}

/**
 * Whether sources for one region and edition contradict each other. "Awarded, category not stated" agrees with
 * any stated category (it says less, not something else); two categories, or an award and "not awarded", do not.
 */
export function outcomesDisagree(outcomes: Iterable<AwardOutcome>): boolean {
  const set = new Set(outcomes);
  if (CATEGORIES.some((c) => set.has(c))) set.delete('awarded');
  return set.size > 1;
}

/** The highest outcome among records (sources for one edition normally agree; when not, the highest colours the map). */
export function highestOutcome(records: readonly AwardRecord[]): AwardOutcome | undefined {
  let best: AwardOutcome | undefined;
  for (const r of records) if (best === undefined || categoryRank(r.category) < categoryRank(best)) best = r.category;
  return best;
}

/**
 * The category of each region in one edition. Sources for the same region normally agree; when they do
 * not, the region is listed in `conflicts` and its highest reported category is kept for colouring.
 */
export interface EditionCategories {
  byCode: Map<string, AwardOutcome>;
  conflicts: Map<string, AwardOutcome[]>;
}

export function categoriesForEdition(records: readonly AwardRecord[], year: number): EditionCategories {
  const all = new Map<string, Set<AwardOutcome>>();
  for (const r of records) {
    if (r.year !== year) continue;
    let set = all.get(r.code);
    if (!set) all.set(r.code, (set = new Set()));
    set.add(r.category);
  }
  const byCode = new Map<string, AwardOutcome>();
  const conflicts = new Map<string, AwardOutcome[]>();
  for (const [code, set] of all) {
    const sorted = [...set].sort((a, b) => categoryRank(a) - categoryRank(b));
    byCode.set(code, sorted[0]!);
    if (outcomesDisagree(sorted)) conflicts.set(code, sorted);
  }
  return { byCode, conflicts };
}
