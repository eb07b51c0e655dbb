import { useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { boundariesQuery, firstBoundariesQuery, type Boundaries } from './load-boundaries';

/**
 * The boundaries a map on screen draws: the full file once it is in; before that the coarse first-view file
 * when the start-up asked for it (it brings the full file in after the panels' facts, start-up.ts), so the full
 * file does not compete with the first map's bytes on a slow link. `detail`: the view is zoomed past the
 * country (a region, a province, the reader's zoom), so the full file is wanted now. A failed coarse file
 * falls back to the full one.
 */
export function useMapBoundaries(detail: boolean): UseQueryResult<Boundaries> {
  const client = useQueryClient();
  const coarseAsked = client.getQueryState(firstBoundariesQuery.queryKey) !== undefined;
  const first = useQuery({ ...firstBoundariesQuery, enabled: false });
  const full = useQuery({ ...boundariesQuery, enabled: !coarseAsked || detail || first.isError });
  // Zoomed in, a failed full file is said (with its retry), not papered over with the coarse one.
  return full.data || !first.data || (detail && full.isError) ? full : first;
}
