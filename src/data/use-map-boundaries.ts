import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { boundariesQuery, firstBoundariesQuery, type Boundaries } from './load-boundaries';

/**
 * The boundaries a map on screen draws. When the start-up asked for the coarse first-view file (it brings the
 * full file in after the panels' facts, start-up.ts, so the full file does not compete with the first map's
 * bytes on a slow link), a view of the whole country keeps drawing the coarse file even once the full one is in:
 * at that zoom its 4 km simplification is below a pixel, and drawing all 514 regions again from the full file
 * was a 220 ms task on a phone (CPU ÷4) for a map that looks the same. `detail`: the view is zoomed past the
 * country (a region, a province, the reader's zoom), so the full file is wanted now, and drawn once in. A
 * failed coarse file falls back to the full one.
 */
export function useMapBoundaries(detail: boolean): UseQueryResult<Boundaries> {
  const client = useQueryClient();
  const coarseAsked = client.getQueryState(firstBoundariesQuery.queryKey) !== undefined;
  const first = useQuery({ ...firstBoundariesQuery, enabled: false });
  const full = useQuery({ ...boundariesQuery, enabled: !coarseAsked || detail || first.isError });
  if (!detail) return first.data ? first : full;
  // Zoomed in, a failed full file is said (with its retry), not papered over with the coarse one.
  return full.data || !first.data || full.isError ? full : first;
}
