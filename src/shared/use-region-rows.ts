import type { Dataset } from '@/domain/dataset';
import { selectRegionRows, type RegionRow } from '@/domain/select-regions';
import { useViewStore } from '@/state/store';

export function useEffectiveYear(ds: Dataset): number {
  const year = useViewStore((s) => s.year);
  return year ?? ds.latestYear;
}

// Several panels read the same rows; one computation per (dataset, filter) serves them all.
const cache = new WeakMap<Dataset, { key: string; rows: RegionRow[] }>();

/** All rows of the map's level (514 kab/kota or 38 provinces) for the selected edition, each marked in or out of the current filter. */
export function useRegionRows(ds: Dataset): RegionRow[] {
  const year = useEffectiveYear(ds);
  const level = useViewStore((s) => s.level);
  const provinces = useViewStore((s) => s.provinces);
  const categories = useViewStore((s) => s.categories);
  const changes = useViewStore((s) => s.changes);
  const key = JSON.stringify([year, level, provinces, categories, changes]);
  const hit = cache.get(ds);
  if (hit && hit.key === key) return hit.rows;
  const rows = selectRegionRows(ds, { year, level, provinces, categories, changes });
  cache.set(ds, { key, rows });
  return rows;
}
