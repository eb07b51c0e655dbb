import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/domain/dataset';
import { datasetQuery, fullRecordsQuery, withFullRecords } from './dataset-queries';

export function useDataset() {
  return useQuery(datasetQuery);
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
