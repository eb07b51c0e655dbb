import type { AwardRecord, Edition } from './award-record';
import type { EditionCriteria } from './criteria';
import type { BoundarySource, PolygonStatus, Region } from './regions';

export type RegionWithPolygon = Region & { polygon: PolygonStatus };

/** Loaded data with the lookups every selector needs, built once. */
export interface Dataset {
  provinces: Region[];
  regencies: RegionWithPolygon[];
  byCode: ReadonlyMap<string, Region | RegionWithPolygon>;
  editions: Edition[];
  /** Years, newest first. */
  years: number[];
  latestYear: number;
  criteria: EditionCriteria[];
  records: AwardRecord[];
  recordsByCode: ReadonlyMap<string, AwardRecord[]>;
  boundarySource: BoundarySource;
  /**
   * `outcomes`: the records carry only their outcome (the first view's file): enough for the map, the counts
   * and the summary, not for a panel, which waits for `full` (src/shared/full-records.tsx).
   */
  detail: 'outcomes' | 'full';
  /** The day the bundled award data was last changed (YYYY-MM-DD), said as "data per …"; absent in test fixtures. */
  asOf?: string;
}

export function createDataset(input: {
  provinces: Region[];
  regencies: RegionWithPolygon[];
  editions: Edition[];
  criteria: EditionCriteria[];
  records: AwardRecord[];
  boundarySource: Dataset['boundarySource'];
  /** `full` when not given. */
  detail?: Dataset['detail'];
  asOf?: string;
  /** Years held only by imported records: offered on the map like held editions. */
  extraYears?: readonly number[];
}): Dataset {
  const byCode = new Map<string, Region | RegionWithPolygon>();
  for (const r of [...input.provinces, ...input.regencies]) byCode.set(r.code, r);
  const recordsByCode = new Map<string, AwardRecord[]>();
  for (const r of input.records) recordsByCode.set(r.code, [...(recordsByCode.get(r.code) ?? []), r]);
  // Only held editions are offered as the map's edition; claimed ones still feed history and changes.
  const held = input.editions.filter((e) => e.status === 'held').map((e) => e.year);
  const years = [...new Set([...held, ...(input.extraYears ?? [])])].sort((a, b) => b - a);
  if (years.length === 0) throw new Error('The dataset has no held edition');
  const { extraYears: _, ...rest } = input;
  return { ...rest, detail: input.detail ?? 'full', byCode, recordsByCode, years, latestYear: years[0]! };
}
