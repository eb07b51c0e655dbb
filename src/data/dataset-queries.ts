import type { QueryClient } from '@tanstack/react-query';
import type { AwardRecord } from '@/domain/award-record';
import { createDataset, type Dataset } from '@/domain/dataset';
import type { RegionsFile } from '@/domain/regions';
import { recordsFromOutcomes, type AwardOutcomesFile } from './award-outcomes';
import { AWARDS_MAP_URL, AWARDS_URL, REGIONS_URL, type AwardsFile } from './awards-file';
import { DataLoadError, fetchJson } from './fetch-json';
import { nextTask } from './next-task';
import { whenIdle } from './when-idle';

function base(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** The generated files are trusted build output, but a stale or truncated file must fail loudly, not half-render. */
function assertShape(url: string, ok: boolean): void {
  if (!ok) throw new DataLoadError(url, 'unexpected file structure');
}

/** The first view's dataset: names and each record's outcome (awards-map.json), not the panels' facts. */
async function loadDataset(signal?: AbortSignal): Promise<Dataset> {
  const [regionsJson, outcomesJson] = await Promise.all([fetchJson(base() + REGIONS_URL, signal), fetchJson(base() + AWARDS_MAP_URL, signal)]);
  const regions = regionsJson as RegionsFile;
  const awards = outcomesJson as AwardOutcomesFile;
  assertShape(REGIONS_URL, Array.isArray(regions?.provinces) && Array.isArray(regions?.regencies) && Array.isArray(regions?.boundarySource?.links));
  assertShape(AWARDS_MAP_URL, Array.isArray(awards?.outcomes) && Array.isArray(awards?.editions) && Array.isArray(awards?.criteria));
  await nextTask();
  return createDataset({
    ...regions,
    editions: awards.editions,
    criteria: awards.criteria,
    records: recordsFromOutcomes(awards.outcomes),
    detail: 'outcomes',
    ...(awards.asOf ? { asOf: awards.asOf } : {}),
  });
}

let early: Promise<Dataset> | null = null;

/**
 * The first view's dataset as the page's first map asks for it, before React is in (src/app/first-map.ts): the
 * dataset query's first run takes this promise over, so the files are fetched and decoded once. A failure is
 * forgotten, so the query's own retry fetches again.
 */
export function loadFirstDataset(): Promise<Dataset> {
  early ??= loadDataset().catch((e: unknown) => {
    early = null;
    throw e;
  });
  return early;
}

/** One definition of the dataset query, for the hook and for code that waits on it outside React. */
export const datasetQuery = {
  queryKey: ['dataset'],
  queryFn: ({ signal }: { signal?: AbortSignal }) => {
    const first = early;
    early = null;
    return first ?? loadDataset(signal);
  },
  staleTime: Infinity,
  retry: 1,
} as const;

/** awards.json: every bundled record with its figures, recipients, notes and sources (what a panel shows). */
async function loadFullRecords(signal?: AbortSignal): Promise<AwardRecord[]> {
  const awards = (await fetchJson(base() + AWARDS_URL, signal)) as AwardsFile;
  assertShape(AWARDS_URL, Array.isArray(awards?.records) && Array.isArray(awards?.editions) && Array.isArray(awards?.criteria));
  return awards.records;
}

export const fullRecordsQuery = {
  queryKey: ['dataset', 'full-records'],
  queryFn: ({ signal }: { signal?: AbortSignal }) => loadFullRecords(signal),
  staleTime: Infinity,
  retry: 1,
} as const;

/** Starts the panels' file when the main thread is idle (after the first paint), unless already asked for. */
export function prefetchFullRecordsWhenIdle(client: QueryClient, then?: () => void): void {
  const start = () => void client.prefetchQuery(fullRecordsQuery).finally(then);
  whenIdle(start, 3000);
}

/**
 * The shown dataset (bundled outcomes plus imported layers) with the bundled records replaced by their full
 * form: imported records are whole already and keep their place after the bundled ones.
 */
// Built once per shown dataset, so every panel reading it gets the same object (and memoised rows stay valid).
const fullCache = new WeakMap<Dataset, { records: readonly AwardRecord[]; dataset: Dataset }>();

export function withFullRecords(shown: Dataset, full: readonly AwardRecord[]): Dataset {
  if (shown.detail === 'full') return shown;
  const cached = fullCache.get(shown);
  if (cached?.records === full) return cached.dataset;
  const imported = shown.records.filter((r) => r.origin.kind === 'imported');
  const extraYears = shown.years.filter((y) => !shown.editions.some((e) => e.year === y && e.status === 'held'));
  const dataset = createDataset({ ...shown, records: [...full, ...imported], extraYears, detail: 'full' });
  fullCache.set(shown, { records: full, dataset });
  return dataset;
}
