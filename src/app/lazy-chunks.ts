import { lazyChunk } from '@/shared/lazy-chunk';

// The views that wait for one of these show it through FullRecords' announced wait (src/shared/full-records.tsx),
// with the records.

/** A region's panel (metrics check, criteria, gap table, locator): ~5.6 KB gzip. */
export const regionPanelChunk = lazyChunk(() => import('@/features/region-panel/region-panel'));
/** The table view: ~1.5 KB gzip. */
export const regionTableChunk = lazyChunk(() => import('@/features/table/region-table'));

/** The chunks a reader is one tap from, fetched when idle after the first view's facts (start-up.ts). */
export function prefetchChunks(): void {
  void regionPanelChunk.load().catch(() => undefined);
  void regionTableChunk.load().catch(() => undefined);
}
