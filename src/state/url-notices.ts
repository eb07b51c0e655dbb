/** A value the shareable URL dropped (or read differently), said to the reader by the notice bar. */
export interface UrlNotice {
  param: string;
  value: string;
  reason: 'invalid' | 'base-not-earlier' | 'unknown-year' | 'unknown-province' | 'unknown-region' | 'duplicate' | 'empty' | 'level-for-region';
  /** How often the same value was dropped for the same reason (a link with `province=63` 5,000 times). */
  count?: number;
  /** Further values dropped for the same parameter and reason, counted rather than listed. */
  more?: number;
}

/** Distinct values listed per parameter and reason; the rest are counted. */
const LISTED_VALUES = 3;

/**
 * One line per value and reason however often it repeats, and at most a few values per parameter and reason:
 * a link that repeats `province=` 5,000 times gets a short notice, not 5,000 lines. Order of first appearance.
 */
export function collapseNotices(notices: readonly UrlNotice[]): UrlNotice[] {
  const byValue = new Map<string, UrlNotice>();
  for (const n of notices) {
    const key = JSON.stringify([n.param, n.reason, n.value]);
    const had = byValue.get(key);
    if (had) had.count = (had.count ?? 1) + (n.count ?? 1);
    else byValue.set(key, { ...n });
  }
  const listed = new Map<string, UrlNotice[]>();
  const out: UrlNotice[] = [];
  for (const n of byValue.values()) {
    const group = JSON.stringify([n.param, n.reason]);
    const shown = listed.get(group) ?? [];
    listed.set(group, shown);
    if (shown.length < LISTED_VALUES) {
      shown.push(n);
      out.push(n);
    } else {
      const last = shown[shown.length - 1]!;
      last.more = (last.more ?? 0) + 1;
    }
  }
  return out;
}
