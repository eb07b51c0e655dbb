import { CATEGORIES, type Category, type MetricKey, type Metrics } from './award-record';
import { checkRoute, type CriterionCheck, type EditionCriteria, type Route } from './criteria';

/** One figure against one threshold of a tier. */
export type FigureGap =
  | { metric: MetricKey; kind: 'met'; value: number; threshold: number }
  /** `points`: percentage points still needed, > 0. */
  | { metric: MetricKey; kind: 'short'; value: number; threshold: number; points: number }
  /** The figure is not stated; `essential`: without it the tier cannot be read at all. */
  | { metric: MetricKey; kind: 'missing'; threshold: number; essential: boolean }
  /** Not required because another figure reaches its own minimum (Utama's pemda share at 100% activity). */
  | { metric: MetricKey; kind: 'waived'; threshold: number; waivedBy: { metric: MetricKey; min: number; value: number } };

export interface TierGap {
  /** A category, or `entry` for an edition whose sources give only the threshold for any award (2024). */
  tier: Category | 'entry';
  routeId: string;
  figures: FigureGap[];
  /**
   * `met`: every condition holds on the stated figures; `short`: at least one stated figure is below;
   * `partial`: none is below, but a figure is not stated, so the reading is incomplete.
   */
  outcome: 'met' | 'short' | 'partial';
}

const roundPoints = (x: number) => Math.round(x * 100) / 100;

function figureGap(check: CriterionCheck, route: Route, metrics: Metrics): FigureGap {
  const { metric, threshold } = check;
  if (check.status === 'waived') {
    const waiver = route.conditions.find((c) => c.metric === metric)!.waivedWhen!;
    return { metric, kind: 'waived', threshold, waivedBy: { ...waiver, value: metrics[waiver.metric]! } };
  }
  if (check.status === 'missing' || check.value === undefined) return { metric, kind: 'missing', threshold, essential: check.essential };
  if (check.status === 'fail') return { metric, kind: 'short', value: check.value, threshold, points: roundPoints(threshold - check.value) };
  return { metric, kind: 'met', value: check.value, threshold };
}

function tierGap(tier: Category | 'entry', route: Route, metrics: Metrics): TierGap {
  const { checks } = checkRoute(route, metrics, tier);
  const figures = checks.map((c) => figureGap(c, route, metrics));
  const outcome = figures.some((f) => f.kind === 'short') ? 'short' : figures.some((f) => f.kind === 'missing') ? 'partial' : 'met';
  return { tier, routeId: route.id, figures, outcome };
}

/** How far a tier is: points short summed, a figure not stated counting as further than any stated gap. */
function distance(g: TierGap): number {
  return g.figures.reduce((s, f) => s + (f.kind === 'short' ? f.points : f.kind === 'missing' ? 1000 : 0), 0);
}

/**
 * The stated figures against every tier of an edition, highest first: for each tier, each figure met, short by
 * so many percentage points, waived, or not stated. Of a tier's routes the nearest is shown. A reading of the
 * figures against the thresholds the sources report, not the award: the table never says a region received a tier.
 */
export function gapsToEveryTier(metrics: Metrics, criteria: EditionCriteria): TierGap[] {
  if (criteria.categories.length === 0) return criteria.entry ? [tierGap('entry', criteria.entry, metrics)] : [];
  const rules = [...criteria.categories].sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return rules.flatMap((rule) => {
    const options = rule.routes.map((route) => tierGap(rule.category, route, metrics));
    const nearest = options.reduce<TierGap | undefined>((best, g) => (!best || distance(g) < distance(best) ? g : best), undefined);
    return nearest ? [nearest] : [];
  });
}
