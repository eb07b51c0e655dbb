import { useEffect, useState } from 'react';

/** A chunk's download as React state: the module once in, the error if its download failed, and a retry. */
export interface ChunkState<M> {
  ready: boolean;
  failed: boolean;
  error: unknown;
  retry: () => void;
  module: M | null;
}

/**
 * A feature's code as a chunk of its own, out of the first view: `load` starts (or joins) its download,
 * `loaded()` gives the module if it is in already (so a first render can draw it), and `useChunk(wanted)` the
 * download as state. One cache per chunk, whoever asks first: an idle prefetch, a tap, the dashboard. A failed
 * download is forgotten, so the next ask (a retry) downloads again.
 */
export function lazyChunk<M>(importer: () => Promise<M>) {
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
  function useChunk(wanted: boolean): ChunkState<M> {
    const [module, setModule] = useState(loaded);
    const [error, setError] = useState<unknown>(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (module || !wanted) return;
      let live = true;
      load().then(
        (m) => live && setModule(() => m),
        (e: unknown) => live && setError(() => e ?? new Error('chunk failed')),
      );
      return () => {
        live = false;
      };
    }, [module, wanted, attempt]);
    const retry = () => {
      setError(null);
      setAttempt((a) => a + 1);
    };
    return { ready: module !== null, failed: error !== null, error, retry, module };
  }
  return { load, loaded: () => loaded, useChunk };
}
