import { CATEGORIES, EVIDENCE_KINDS, OUTCOMES, type AwardOutcome, type AwardRecord, type Evidence } from './award-record';

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

/** Rank for ordering evidence: lower is stronger (first-hand, stated, list, remark). */
export function evidenceRank(e: Evidence | undefined): number {
  return EVIDENCE_KINDS.indexOf(e ?? 'stated');
}

/**
 * The records the region's shown outcome rests on: those with the strongest evidence. The region's own
 * statement outranks a page that states it, which outranks a list inference, which outranks someone else's remark.
 */
export function bestEvidenced(records: readonly AwardRecord[]): AwardRecord[] {
  const best = Math.min(...records.map((r) => evidenceRank(r.evidence)));
  return records.filter((r) => evidenceRank(r.evidence) === best);
}

function highestOf(records: readonly AwardRecord[]): AwardOutcome | undefined {
  let best: AwardOutcome | undefined;
  for (const r of records) if (best === undefined || categoryRank(r.category) < categoryRank(best)) best = r.category;
  return best;
}

/**
 * The outcome the map shows: the highest among the best-evidenced records (sources for one edition normally
 * agree; when not, a first-hand statement beats a remark, and among equals the highest colours the map).
 * "Awarded, category not stated" contradicts no category, so a weaker page's category still refines it.
 */
export function highestOutcome(records: readonly AwardRecord[]): AwardOutcome | undefined {
  const top = highestOf(bestEvidenced(records));
  if (top !== 'awarded') return top;
  const byStrength = [...records].sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence));
  const refining = byStrength.find((r) => (CATEGORIES as readonly string[]).includes(r.category));
  return refining ? highestOf(records.filter((r) => evidenceRank(r.evidence) === evidenceRank(refining.evidence) && r.category !== 'none')) : top;
}

/** The shown outcome rests on list inference alone: no stronger record supports the region's outcome. */
export function restsOnList(records: readonly AwardRecord[]): boolean {
  const outcome = highestOutcome(records);
  const backing = records.filter((r) => r.category === outcome);
  return backing.length > 0 && backing.every((r) => r.evidence === 'list');
}

/**
 * The category of each region in one edition. Sources for the same region normally agree; when they do
 * not, the region is listed in `conflicts` and the outcome of `highestOutcome` is kept for colouring.
 */
export interface EditionCategories {
  byCode: Map<string, AwardOutcome>;
  conflicts: Map<string, AwardOutcome[]>;
}

export function categoriesForEdition(records: readonly AwardRecord[], year: number): EditionCategories {
  const all = new Map<string, AwardRecord[]>();
  for (const r of records) {
    if (r.year !== year) continue;
    let list = all.get(r.code);
    if (!list) all.set(r.code, (list = []));
    list.push(r);
  }
  const byCode = new Map<string, AwardOutcome>();
  const conflicts = new Map<string, AwardOutcome[]>();
  for (const [code, list] of all) {
    byCode.set(code, highestOutcome(list)!);
    const sorted = [...new Set(list.map((r) => r.category))].sort((a, b) => categoryRank(a) - categoryRank(b));
    if (outcomesDisagree(sorted)) conflicts.set(code, sorted);
  }
  return { byCode, conflicts };
}
