import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '@/domain/dataset';
import { selectRegionRows, type RegionRow } from '@/domain/select-regions';
import { baselineYear } from '@/domain/transitions';
import { useT } from '@/i18n/use-t';
import { useViewStore, viewStateOf } from '@/state/store';
import { describeView, type ViewDescription } from './view-count-lines';

export function useEffectiveYear(ds: Dataset): number {
  const year = useViewStore((s) => s.year);
  return year ?? ds.latestYear;
}

/** The edition the view's changes are measured against; null when the selected edition is the oldest. */
export function useBaselineYear(ds: Dataset): number | null {
  const year = useEffectiveYear(ds);
  const base = useViewStore((s) => s.base);
  return baselineYear(ds.years, year, base);
}

// Several panels read the same rows; one computation per (dataset, filter) serves them all.
const cache = new WeakMap<Dataset, { key: string; rows: RegionRow[] }>();

type RowFilter = Parameters<typeof selectRegionRows>[1];

/** What of the view decides its rows: the edition (the latest when none is chosen), level and filters. */
function rowFilterOf(s: ReturnType<typeof useViewStore.getState>, ds: Dataset): RowFilter {
  const { level, provinces, categories, changes, mode, base } = s;
  return { year: s.year ?? ds.latestYear, level, provinces, categories, changes, mode, base };
}

/** All rows of the map's level (514 kab/kota or 38 provinces) for the selected edition, each marked in or out of the current filter. */
export function useRegionRows(ds: Dataset): RegionRow[] {
  return rowsOf(ds, useViewStore(useShallow((s) => rowFilterOf(s, ds))));
}

/**
 * The same rows for the view as the store holds it now, read outside a render: for what only a click needs
 * (the Share panel's downloads), so it is not recomputed with every render or when the full records arrive.
 */
export function currentRegionRows(ds: Dataset): RegionRow[] {
  return rowsOf(ds, rowFilterOf(useViewStore.getState(), ds));
}

function rowsOf(ds: Dataset, f: RowFilter): RegionRow[] {
  const key = JSON.stringify([f.year, f.level, f.provinces, f.categories, f.changes, f.mode, f.base]);
  const hit = cache.get(ds);
  if (hit && hit.key === key) return hit.rows;
  const rows = selectRegionRows(ds, f);
  cache.set(ds, { key, rows });
  return rows;
}

/** The view's counts and their wording (src/shared/view-count-lines.ts), for the panels on screen. */
export function useViewDescription(ds: Dataset): ViewDescription {
  const rows = useRegionRows(ds);
  const year = useEffectiveYear(ds);
  const { t, lang } = useT();
  // Counts do not depend on the camera or the open region: a pan or a click must not recount and re-render them.
  const view = useViewStore(useShallow((s) => ({ ...viewStateOf(s), camera: null, region: null })));
  return useMemo(() => describeView(ds, rows, view, year, t, lang), [ds, rows, view, year, t, lang]);
}
