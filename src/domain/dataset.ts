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
}

export function createDataset(input: {
  provinces: Region[];
  regencies: RegionWithPolygon[];
  editions: Edition[];
  criteria: EditionCriteria[];
  records: AwardRecord[];
  boundarySource: Dataset['boundarySource'];
}): Dataset {
  const byCode = new Map<string, Region | RegionWithPolygon>();
  for (const r of [...input.provinces, ...input.regencies]) byCode.set(r.code, r);
  const recordsByCode = new Map<string, AwardRecord[]>();
  for (const r of input.records) recordsByCode.set(r.code, [...(recordsByCode.get(r.code) ?? []), r]);
  // Only held editions are offered as the map's edition; claimed ones still feed history and changes.
  const years = input.editions.filter((e) => e.status === 'held').map((e) => e.year).sort((a, b) => b - a);
  if (years.length === 0) throw new Error('The dataset has no held edition');
  return { ...input, byCode, recordsByCode, years, latestYear: years[0]! };
}
