import { useEffect, useState } from 'react';

/**
 * A feature's code as a chunk of its own, out of the first view: `load` starts (or joins) its download, and
 * `useChunk(wanted)` gives the module once in, whether its download failed, and a retry. The views that wait
 * for one show it through FullRecords' announced wait (src/shared/full-records.tsx), with the records.
 */
function lazyChunk<M>(importer: () => Promise<M>) {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  const load = (): Promise<M> => {
    loading ??= importer().then(
      (m) => (loaded = m),
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  };
  function useChunk(wanted: boolean): { ready: boolean; failed: boolean; retry: () => void; module: M | null } {
    const [module, setModule] = useState(loaded);
    const [failed, setFailed] = useState(false);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (module || !wanted) return;
      let live = true;
      load().then(
        (m) => live && setModule(() => m),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [module, wanted, attempt]);
    const retry = () => {
      setFailed(false);
      setAttempt((a) => a + 1);
    };
    return { ready: module !== null, failed, retry, module };
  }
  return { load, useChunk };
}

/** A region's panel (metrics check, criteria, gap table, locator): ~5.6 KB gzip. */
export const regionPanelChunk = lazyChunk(() => import('@/features/region-panel/region-panel'));
/** The table view: ~1.5 KB gzip. */
export const regionTableChunk = lazyChunk(() => import('@/features/table/region-table'));

/** The chunks a reader is one tap from, fetched when idle after the first view's facts (start-up.ts). */
export function prefetchChunks(): void {
  void regionPanelChunk.load().catch(() => undefined);
  void regionTableChunk.load().catch(() => undefined);
}
