import { CATEGORIES, type AwardOutcome, type Category, type LocalizedText, type MetricKey, type Metrics, type Source } from './award-record';

/** One threshold: `metric >= min`, unless the waiver metric reaches its own minimum. */
export interface Condition {
  metric: MetricKey;
  min: number;
  /** Essential figures must be stated to classify at all; a missing non-essential one is only reported. */
  essential: boolean;
  waivedWhen?: { metric: MetricKey; min: number };
}

/** All conditions of a route must hold. */
export interface Route {
  id: string;
  conditions: Condition[];
}

export interface CategoryRule {
  category: Category;
  /** Any one route suffices. */
  routes: Route[];
  /** Requirements stated in words that no figure in the dataset can check (e.g. UHC Prioritas status). */
  otherConditions: LocalizedText[];
}

export interface CriteriaVariant {
  id: string;
  category: Category | null;
  text: LocalizedText;
  routes: Route[];
  sources: Source[];
}

export interface EditionCriteria {
  year: number;
  /** Highest first. Empty when only an entry threshold is known for the edition. */
  categories: CategoryRule[];
  /** The threshold for any award, when sources state only that. */
  entry?: Route;
  sources: Source[];
  variants: CriteriaVariant[];
}

export type CheckStatus = 'pass' | 'fail' | 'missing' | 'waived';

export interface CriterionCheck {
  category: Category | 'entry';
  routeId: string;
  metric: MetricKey;
  value: number | undefined;
  threshold: number;
  essential: boolean;
  status: CheckStatus;
}

export interface MetricGap {
  metric: MetricKey;
  value: number;
  threshold: number;
  /** Percentage points still needed, > 0. */
  points: number;
}

export interface GapToNext {
  category: Category;
  routeId: string;
  gaps: MetricGap[];
  /** Conditions of that route whose figures are not stated. */
  unknown: MetricKey[];
}

export interface Classification {
  /**
   * The highest category the stated figures support; `none` when they support no award;
   * null when the essential figures are not stated (or the edition has no per-category thresholds).
   */
  category: Category | 'none' | null;
  checks: CriterionCheck[];
  /** Metrics a check needed but the record does not state. */
  missing: MetricKey[];
  gapToNext: GapToNext | null;
  /** For editions with only an entry threshold: whether the figures reach it. */
  entry?: 'pass' | 'fail' | 'missing';
}

type RouteOutcome = 'met' | 'unmet' | 'unknown';

/** Every condition of a route checked against the figures, and whether the route is met. */
export function checkRoute(route: Route, metrics: Metrics, category: Category | 'entry'): { outcome: RouteOutcome; checks: CriterionCheck[] } {
  const checks = route.conditions.map((c): CriterionCheck => {
    const value = metrics[c.metric];
    const base = { category, routeId: route.id, metric: c.metric, value, threshold: c.min, essential: c.essential };
    const waiver = c.waivedWhen ? metrics[c.waivedWhen.metric] : undefined;
    if (c.waivedWhen && waiver !== undefined && waiver >= c.waivedWhen.min) return { ...base, status: 'waived' };
    if (value === undefined) return { ...base, status: 'missing' };
    return { ...base, status: value >= c.min ? 'pass' : 'fail' };
  });
  if (checks.some((c) => c.status === 'fail')) return { outcome: 'unmet', checks };
  // A missing non-essential figure does not block: news pages rarely state the pemda share.
  if (checks.some((c) => c.status === 'missing' && c.essential)) return { outcome: 'unknown', checks };
  return { outcome: 'met', checks };
}

function gapFor(rule: CategoryRule, metrics: Metrics): GapToNext | null {
  let best: GapToNext | null = null;
  let bestSize = Infinity;
  for (const route of rule.routes) {
    const { checks } = checkRoute(route, metrics, rule.category);
    const gaps: MetricGap[] = [];
    const unknown: MetricKey[] = [];
    for (const c of checks) {
      if (c.status === 'fail' && c.value !== undefined) {
        gaps.push({ metric: c.metric, value: c.value, threshold: c.threshold, points: roundPoints(c.threshold - c.value) });
      } else if (c.status === 'missing') unknown.push(c.metric);
    }
    const size = gaps.reduce((s, g) => s + g.points, 0) + unknown.length * 1000;
    if (size < bestSize) {
      bestSize = size;
      best = { category: rule.category, routeId: route.id, gaps, unknown };
    }
  }
  return best;
}

function roundPoints(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * The category that a region's stated figures support under an edition's thresholds, with every
 * check (value, threshold, pass/fail) and the gap to the next category up.
 */
export function classifyAward(metrics: Metrics, criteria: EditionCriteria): Classification {
  const checks: CriterionCheck[] = [];
  const missing = new Set<MetricKey>();

  if (criteria.categories.length === 0) {
    if (!criteria.entry) return { category: null, checks, missing: [], gapToNext: null };
    const r = checkRoute(criteria.entry, metrics, 'entry');
    r.checks.forEach((c) => c.status === 'missing' && missing.add(c.metric));
    const entry = r.outcome === 'met' ? 'pass' : r.outcome === 'unmet' ? 'fail' : 'missing';
    return { category: null, checks: r.checks, missing: [...missing], gapToNext: null, entry };
  }

  // Rules are evaluated highest first; the first met category is the one supported.
  const rules = [...criteria.categories].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  let supported: Category | 'none' | null = 'none';
  let undetermined = false;
  for (const rule of rules) {
    const outcomes = rule.routes.map((route) => checkRoute(route, metrics, rule.category));
    outcomes.forEach((o) => {
      checks.push(...o.checks);
      o.checks.forEach((c) => c.status === 'missing' && missing.add(c.metric));
    });
    if (outcomes.some((o) => o.outcome === 'met')) {
      supported = undetermined ? null : rule.category;
      break;
    }
    if (outcomes.some((o) => o.outcome === 'unknown')) undetermined = true;
  }
  if (supported === 'none' && undetermined) supported = null;

  let gapToNext: GapToNext | null = null;
  if (supported !== null) {
    const idx = supported === 'none' ? rules.length : rules.findIndex((r) => r.category === supported);
    const next = rules[idx - 1];
    if (next) gapToNext = gapFor(next, metrics);
  }
  return { category: supported, checks, missing: [...missing], gapToNext };
}

export interface CategoryMismatch {
  reported: Category;
  supported: Category | 'none';
  /** `above`: the reported category is higher than the figures support. */
  direction: 'above' | 'below';
}

/**
 * A data-quality note, not an error: the category a source reports disagrees with what its own
 * figures support (Kota Palopo reported Utama at 94% coverage).
 */
export function findCategoryMismatch(reported: AwardOutcome, classification: Classification): CategoryMismatch | null {
  const supported = classification.category;
  // Not awarded, or awarded without a stated category: there is no reported category to contradict.
  if (reported === 'none' || reported === 'awarded' || supported === null || supported === reported) return null;
  const rank = (c: Category | 'none') => (c === 'none' ? CATEGORIES.length : CATEGORIES.indexOf(c));
  return { reported, supported, direction: rank(reported) < rank(supported) ? 'above' : 'below' };
}

export function criteriaForYear(all: readonly EditionCriteria[], year: number): EditionCriteria | undefined {
  return all.find((c) => c.year === year);
}
