import { CATEGORY_STATUSES } from './award-record';
import type { MapClass, MapMode, RegionFilter, RegionRow } from './select-regions';
import { CHANGE_CLASSES } from './transitions';

/**
 * One class of the legend (a category, or a change class on the change map) as every output counts it.
 * `shown` is null when the view's own filter on that class hides it: it is hidden, not zero — a "Madya: 0"
 * that only means "Madya is filtered out" would be a false fact in someone's article.
 */
export interface ClassCount {
  key: MapClass;
  /** Units of the class in the view's place (level and province filter), whatever the other filters. */
  inPlace: number;
  /** Units of the class the whole filter shows; null: the class itself is filtered out. */
  shown: number | null;
  /** Of the shown units, those whose outcome is inferred from a complete list (0 when hidden). */
  inferredShown: number;
}

export interface ViewCounts {
  mode: MapMode;
  classes: ClassCount[];
  /** Units the whole filter shows, and units in the place. */
  shownTotal: number;
  placeTotal: number;
  /** A filter beyond the place (category or change) is active: shown counts are a part of the place's. */
  narrowed: boolean;
  /** Shown units that carry the reader's imported records. */
  importedShown: number;
}

/** The classes a mode's legend lists, in order. */
function classesOf(mode: MapMode): readonly MapClass[] {
  return mode === 'change' ? CHANGE_CLASSES : CATEGORY_STATUSES;
}

/**
 * The one rule for counts (legend, summary, screen-reader text, PNG/SVG/embed legends, print): rows of the
 * view's level, already marked in or out of the filter by `selectRegionRows`.
 */
export function countView(rows: readonly RegionRow[], f: Pick<RegionFilter, 'provinces' | 'categories' | 'changes' | 'mode'>): ViewCounts {
  const mode = f.mode ?? 'category';
  const keys = classesOf(mode);
  const own: readonly string[] = mode === 'change' ? f.changes : f.categories;
  const inPlace = new Map<MapClass, number>(keys.map((k) => [k, 0]));
  const shown = new Map<MapClass, number>(keys.map((k) => [k, 0]));
  const inferred = new Map<MapClass, number>(keys.map((k) => [k, 0]));
  let placeTotal = 0;
  let shownTotal = 0;
  let importedShown = 0;
  for (const r of rows) {
    if (f.provinces.length && !f.provinces.includes(r.region.provinceCode)) continue;
    placeTotal += 1;
    inPlace.set(r.mapClass, (inPlace.get(r.mapClass) ?? 0) + 1);
    if (!r.matchesFilter) continue;
    shownTotal += 1;
    shown.set(r.mapClass, (shown.get(r.mapClass) ?? 0) + 1);
    // Only on the category map: a change class mixes two editions' evidence.
    if (r.inferred && mode === 'category') inferred.set(r.mapClass, (inferred.get(r.mapClass) ?? 0) + 1);
    if (r.imported) importedShown += 1;
  }
  return {
    mode,
    classes: keys.map((key) => {
      const hidden = own.length > 0 && !own.includes(key);
      return { key, inPlace: inPlace.get(key)!, shown: hidden ? null : shown.get(key)!, inferredShown: hidden ? 0 : inferred.get(key)! };
    }),
    shownTotal,
    placeTotal,
    narrowed: f.categories.length + f.changes.length > 0,
    importedShown,
  };
}
