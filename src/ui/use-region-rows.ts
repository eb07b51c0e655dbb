import { useMemo } from 'react';
import type { Dataset } from '@/domain/dataset';
import { selectRegionRows } from '@/domain/select-regions';
import { useViewStore } from '@/state/store';

export function useEffectiveYear(ds: Dataset): number {
  const year = useViewStore((s) => s.year);
  return year ?? ds.latestYear;
}

/** All 514 rows for the selected edition, each marked in or out of the current filter. */
export function useRegionRows(ds: Dataset) {
  const year = useEffectiveYear(ds);
  const provinces = useViewStore((s) => s.provinces);
  const categories = useViewStore((s) => s.categories);
  const changes = useViewStore((s) => s.changes);
  return useMemo(() => selectRegionRows(ds, { year, provinces, categories, changes }), [ds, year, provinces, categories, changes]);
}
