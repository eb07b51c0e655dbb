import { useEffect, useState } from 'react';

type RegionPanelModule = typeof import('@/features/region-panel/region-panel');

/**
 * The region panel's code (the panel, metrics check, criteria, gap table, locator: ~5 KB gzip) is not in the
 * first view: a reader who only looks at the map never needs it. It loads when idle after the first view
 * (beside the panels' facts, start-up.ts), at once when the address opens a region, or on the first tap.
 */
let loaded: RegionPanelModule | null = null;
let loading: Promise<RegionPanelModule> | null = null;

export function loadRegionPanel(): Promise<RegionPanelModule> {
  loading ??= import('@/features/region-panel/region-panel').then(
    (m) => (loaded = m),
    (e: unknown) => {
      loading = null;
      throw e;
    },
  );
  return loading;
}

/** The panel's module once loaded (asked for when `wanted`), whether its download failed, and a retry. */
export function useRegionPanelChunk(wanted: boolean): { module: RegionPanelModule | null; failed: boolean; retry: () => void } {
  const [module, setModule] = useState(loaded);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (module || !wanted) return;
    let live = true;
    loadRegionPanel().then(
      (m) => live && setModule(() => m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [module, wanted, attempt]);
  return {
    module,
    failed,
    retry: () => {
      setFailed(false);
      setAttempt((a) => a + 1);
    },
  };
}
