import { CATEGORIES, type AwardRecord, type Category, type CategoryStatus } from './award-record';

/** Rank for ordering: lower is higher. `none` ranks below every category. */
export function categoryRank(c: Category | 'none'): number {
  return c === 'none' ? CATEGORIES.length : CATEGORIES.indexOf(c);
}

/**
 * The category of each region in one edition. Sources for the same region normally agree; when they do
 * not, the region is listed in `conflicts` and its highest reported category is kept for colouring.
 */
export interface EditionCategories {
  byCode: Map<string, Category>;
  conflicts: Map<string, Category[]>;
}

export function categoriesForEdition(records: readonly AwardRecord[], year: number): EditionCategories {
  const all = new Map<string, Set<Category>>();
  for (const r of records) {
    if (r.year !== year) continue;
    let set = all.get(r.code);
    if (!set) all.set(r.code, (set = new Set()));
    set.add(r.category);
  }
  const byCode = new Map<string, Category>();
  const conflicts = new Map<string, Category[]>();
  for (const [code, set] of all) {
    const sorted = [...set].sort((a, b) => categoryRank(a) - categoryRank(b));
    byCode.set(code, sorted[0]!);
    if (sorted.length > 1) conflicts.set(code, sorted);
  }
  return { byCode, conflicts };
}

export function statusOf(categories: EditionCategories, code: string): CategoryStatus {
  return categories.byCode.get(code) ?? 'unknown';
}
