import { AWARDED_OUTCOMES, type AwardOutcome, type AwardRecord, type CategoryStatus } from './award-record';
import { evidenceRank, highestOutcome, outcomesDisagree, restsOnList } from './category-status';
import type { Dataset, RegionWithPolygon } from './dataset';
import { baselineYear, classifyTransition, type Change, type ChangeClass, type ChangeFilter } from './transitions';

/** What the map colours: the 514 kabupaten/kota by their awards, or the 38 provinces by the provinces' own. */
export type MapLevel = 'kabkota' | 'provinsi';
export const MAP_LEVELS: readonly MapLevel[] = ['kabkota', 'provinsi'];
/** What the map's colours mean: each unit's category in the edition, or how it changed against the baseline. */
export type MapMode = 'category' | 'change';
export const MAP_MODES: readonly MapMode[] = ['category', 'change'];
/** The class a region is coloured and counted by: a category status or a change class (the names never overlap). */
export type MapClass = CategoryStatus | ChangeClass;

export interface RegionFilter {
  year: number;
  /** kabkota when not given. */
  level?: MapLevel;
  provinces: readonly string[];
  categories: readonly CategoryStatus[];
  changes: readonly ChangeFilter[];
  /** The baseline edition asked for (`base=`); the edition before `year` when not given (see `baselineYear`). */
  base?: number | null;
  /** category when not given. */
  mode?: MapMode;
}

export interface RegionRow {
  region: RegionWithPolygon;
  status: CategoryStatus;
  /** Records of the selected edition (several sources are several records). */
  records: AwardRecord[];
  /**
   * The one record whose facts a single line shows (the table, a tooltip): the first that states the
   * region's category. Figures and recipients of other sources are never mixed into it.
   */
  primary?: AwardRecord;
  /** The outcome in the baseline edition, when it has a record there. */
  base?: AwardOutcome;
  /** vs the baseline edition; null when neither edition has a record, or there is no baseline. */
  change: Change | null;
  /** What the map colours and the legend counts it as, in the view's mode. */
  mapClass: MapClass;
  /** Sources for the edition disagree on the category (the shown one is the best-evidenced, see `highestOutcome`). */
  conflict: boolean;
  /** The shown outcome rests only on a list the page presents as complete (evidence `list`). */
  inferred: boolean;
  /** At least one of the edition's records comes from a user import. */
  imported: boolean;
  matchesFilter: boolean;
}

/**
 * A region's records in one edition (several sources are several records), the category shown (the best-evidenced
 * records' highest), whether the sources disagree, and whether the shown outcome rests on list inference alone.
 */
export function regionInEdition(
  all: readonly AwardRecord[],
  year: number,
): { records: AwardRecord[]; outcome: AwardOutcome | undefined; conflict: boolean; inferred: boolean } {
  const records = all.filter((r) => r.year === year);
  return { records, outcome: highestOutcome(records), conflict: outcomesDisagree(records.map((r) => r.category)), inferred: restsOnList(records) };
}

// Every province is drawn by the provinces layer, dissolved from its regions.
const provinceUnitsCache = new WeakMap<Dataset, RegionWithPolygon[]>();
function provinceUnits(ds: Dataset): RegionWithPolygon[] {
  let units = provinceUnitsCache.get(ds);
  if (!units) provinceUnitsCache.set(ds, (units = ds.provinces.map((p) => ({ ...p, polygon: { kind: 'own' } }))));
  return units;
}

/** One row per unit of the level (kabupaten/kota or province) for the selected edition, each marked in or out of the filter. */
export function selectRegionRows(ds: Dataset, f: RegionFilter): RegionRow[] {
  const units = f.level === 'provinsi' ? provinceUnits(ds) : ds.regencies;
  const baseYear = baselineYear(ds.years, f.year, f.base ?? null);
  return units.map((region) => {
    const all = ds.recordsByCode.get(region.code) ?? [];
    const { records, outcome, conflict, inferred } = regionInEdition(all, f.year);
    const base = baseYear === null ? undefined : regionInEdition(all, baseYear).outcome;
    const change = baseYear === null ? null : classifyTransition(base, outcome);
    const status: CategoryStatus = outcome ?? 'unknown';
    const matchesFilter =
      (f.provinces.length === 0 || f.provinces.includes(region.provinceCode)) &&
      (f.categories.length === 0 || f.categories.includes(status)) &&
      (f.changes.length === 0 || (change !== null && (f.changes as readonly Change[]).includes(change)));
    // The strongest-evidenced record that states the shown outcome (a certificate before a remark).
    const primary = records.filter((r) => r.category === outcome).sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence))[0];
    return {
      region,
      status,
      records,
      ...(primary ? { primary } : {}),
      ...(base ? { base } : {}),
      change,
      mapClass: f.mode === 'change' ? (change ?? 'nodata') : status,
      conflict,
      inferred,
      imported: records.some((r) => r.origin.kind === 'imported'),
      matchesFilter,
    };
  });
}

function countByStatus(rows: readonly RegionRow[]): Record<CategoryStatus, number> {
  const counts: Record<CategoryStatus, number> = { utama: 0, madya: 0, pratama: 0, awarded: 0, none: 0, unknown: 0 };
  for (const r of rows) counts[r.status] += 1;
  return counts;
}

/** How far the data covers an edition: the units it records an award for, against the count the edition announced. */
export interface RecordedOfAnnounced {
  recorded: number;
  /** Of those, the ones awarded with the category not stated. */
  awarded: number;
  announced: number;
}

/** Null when the edition announced no count for the level (then there is nothing to set the records against). */
export function recordedOfAnnounced(ds: Dataset, rows: readonly RegionRow[], year: number, level: MapLevel): RecordedOfAnnounced | null {
  const subject = level === 'provinsi' ? 'provinces' : 'kabkota';
  const announced = ds.editions.find((e) => e.year === year)?.totals.find((s) => s.subject === subject && s.preferred)?.value;
  if (announced === undefined) return null;
  const all = countByStatus(rows);
  return { recorded: AWARDED_OUTCOMES.reduce((n, o) => n + all[o], 0), awarded: all.awarded, announced };
}

export interface ProvinceSummary {
  code: string;
  name: string;
  total: number;
  counts: Record<CategoryStatus, number>;
  /** The province government's own award in the edition, if recorded. */
  own?: AwardOutcome;
}

/** Per-province counts of kabupaten/kota (rows already restricted to the filter by the caller if wanted). */
export function summarizeProvinces(ds: Dataset, rows: readonly RegionRow[], year: number): ProvinceSummary[] {
  return ds.provinces.map((p) => {
    const mine = rows.filter((r) => r.region.provinceCode === p.code);
    const own = highestOutcome((ds.recordsByCode.get(p.code) ?? []).filter((r) => r.year === year));
    return { code: p.code, name: p.name, total: mine.length, counts: countByStatus(mine), ...(own ? { own } : {}) };
  });
}

/**
 * The home view's rows: every kabupaten/kota in the latest edition, no filter. What the home page's HTML counts
 * (scripts/pages) and its first map paints (src/map/paint-first-map.ts) before the app is in, and what the app's
 * summary shows for the default view.
 */
export function nationalRows(ds: Dataset): RegionRow[] {
  return selectRegionRows(ds, { year: ds.latestYear, level: 'kabkota', provinces: [], categories: [], changes: [], mode: 'category' });
}
