import type { AwardOutcome, AwardRecord } from '@/domain/award-record';
import { highestOutcome } from '@/domain/category-status';
import type { Dataset } from '@/domain/dataset';

export interface HistoryRow {
  year: number;
  category: AwardOutcome | null;
  claimed: boolean;
}

/**
 * A row for every held edition, "no data yet" included, so a gap is not read as a first award; a claimed
 * edition (2025) only where the region has a record, marked as a claim. The region panel's history and the
 * region pages' "up from Pratama (2024)" both read it.
 */
export function regionHistory(records: readonly AwardRecord[], editions: Dataset['editions']): HistoryRow[] {
  return [...editions]
    .sort((a, b) => a.year - b.year)
    .map((e) => {
      const own = records.filter((r) => r.year === e.year);
      return { year: e.year, category: own.length ? highestOutcome(own)! : null, claimed: e.status === 'claimed' };
    })
    .filter((h) => !h.claimed || h.category !== null);
}
