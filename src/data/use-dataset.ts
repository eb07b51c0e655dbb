import { useQuery } from '@tanstack/react-query';
import { createDataset, type Dataset } from '@/domain/dataset';
import type { RegionsFile } from '@/domain/regions';
import { AWARDS_URL, REGIONS_URL, type AwardsFile } from './awards-file';
import { DataLoadError, fetchJson } from './fetch-json';

function base(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** The generated files are trusted build output, but a stale or truncated file must fail loudly, not half-render. */
function assertShape(url: string, ok: boolean): void {
  if (!ok) throw new DataLoadError(url, 'unexpected file structure');
}

async function loadDataset(signal?: AbortSignal): Promise<Dataset> {
  const [regionsJson, awardsJson] = await Promise.all([fetchJson(base() + REGIONS_URL, signal), fetchJson(base() + AWARDS_URL, signal)]);
  const regions = regionsJson as RegionsFile;
  const awards = awardsJson as AwardsFile;
  assertShape(REGIONS_URL, Array.isArray(regions?.provinces) && Array.isArray(regions?.regencies) && Array.isArray(regions?.boundarySource?.links));
  assertShape(AWARDS_URL, Array.isArray(awards?.records) && Array.isArray(awards?.editions) && Array.isArray(awards?.criteria));
  return createDataset({ ...regions, ...awards });
}

/** One definition of the dataset query, for the hook and for code that waits on it outside React. */
export const datasetQuery = { queryKey: ['dataset'], queryFn: ({ signal }: { signal?: AbortSignal }) => loadDataset(signal), staleTime: Infinity, retry: 1 } as const;

export function useDataset() {
  return useQuery(datasetQuery);
}
