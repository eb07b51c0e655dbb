import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AwardRecord } from '@/domain/award-record';
import { createDataset, type Dataset } from '@/domain/dataset';
import type { RegionsFile } from '@/domain/regions';
import { recordsFromOutcomes, type AwardOutcomesFile } from './award-outcomes';
import { AWARDS_MAP_URL, AWARDS_URL, REGIONS_URL, type AwardsFile } from './awards-file';
import { DataLoadError, fetchJson } from './fetch-json';
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
  return createDataset({
    ...regions,
    editions: awards.editions,
    criteria: awards.criteria,
    records: recordsFromOutcomes(awards.outcomes),
    detail: 'outcomes',
    ...(awards.asOf ? { asOf: awards.asOf } : {}),
  });
}

/** One definition of the dataset query, for the hook and for code that waits on it outside React. */
export const datasetQuery = {
  queryKey: ['dataset'],
  queryFn: ({ signal }: { signal?: AbortSignal }) => loadDataset(signal),
  staleTime: Infinity,
  retry: 1,
} as const;

export function useDataset() {
  return useQuery(datasetQuery);
}

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

/** The full dataset for `shown`, or undefined while awards.json is on its way (asking for it if not yet). */
export function useFullRecords(shown: Dataset): { full: Dataset | undefined; error: unknown; retry: () => void } {
  const q = useQuery({ ...fullRecordsQuery, enabled: shown.detail !== 'full' });
  if (shown.detail === 'full') return { full: shown, error: null, retry: () => {} };
  return { full: q.data ? withFullRecords(shown, q.data) : undefined, error: q.error, retry: () => void q.refetch() };
}

/**
 * The full dataset once awards.json is in (fetched by the idle prefetch or a panel), else `shown`: what an
 * export or print credits. It never asks for the file itself, so the first view stays lean.
 */
export function useFullestDataset(shown: Dataset): Dataset {
  const q = useQuery({ ...fullRecordsQuery, enabled: false });
  return shown.detail !== 'full' && q.data ? withFullRecords(shown, q.data) : shown;
}
