import { METRIC_KEYS, type MetricKey, type Metrics } from './award-record';
import type { EditionCriteria } from './criteria';

/**
 * The figures of a record that equal one of its edition's thresholds exactly (any category's condition, or the
 * entry threshold), for that same metric. Pages often print the requirement ("minimal 98 persen") where a reader
 * expects the region's own figure: Banyuasin 2026's "98% / 85%" were word for word the Madya thresholds. Such a
 * figure is flagged, not dropped: a region can really stand at 98.00%. Variant statements of the criteria are not
 * used: they are misreports of the thresholds, not thresholds.
 */
export function figuresEqualToThreshold(metrics: Metrics, criteria: EditionCriteria | undefined): MetricKey[] {
  if (!criteria) return [];
  const routes = [...criteria.categories.flatMap((c) => c.routes), ...(criteria.entry ? [criteria.entry] : [])];
  return METRIC_KEYS.filter((metric) => {
    const value = metrics[metric];
    return value !== undefined && routes.some((r) => r.conditions.some((c) => c.metric === metric && c.min === value));
  });
}
