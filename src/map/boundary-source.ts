/**
 * MapLibre's regions and provinces are read by its worker from the boundary file itself (src/map/map-worker.ts),
 * not handed over as GeoJSON built on the page: building 514 regions' GeoJSON and cloning it to the worker were
 * ~200 ms of one task at CPU ÷4 on the reader's first drag. A source's data is then this address, which names
 * the file (the one the page has already fetched, so the worker's fetch is served from the HTTP cache) and the
 * TopoJSON object to decode.
 */
export const BOUNDARY_PROTOCOL = 'peta-boundary';

export type BoundaryObject = 'regions' | 'provinces';

/** The source address for one object of a boundary file; `file` is absolute (the worker has its own base URL). */
export function boundarySourceUrl(object: BoundaryObject, file: string): string {
  return `${BOUNDARY_PROTOCOL}://${object}?file=${encodeURIComponent(file)}`;
}

/** The object and the file a source address names, or null for any other address. */
export function parseBoundarySourceUrl(url: string): { object: BoundaryObject; file: string } | null {
  const m = /^peta-boundary:\/\/(regions|provinces)\?file=([^&#]+)$/.exec(url);
  if (!m) return null;
  try {
    return { object: m[1] as BoundaryObject, file: decodeURIComponent(m[2]!) };
  } catch {
    return null;
  }
}

/** The addresses of a fetched boundary file's regions and provinces, as MapLibre's sources take them. */
export function boundarySources(file: { url: string }, base: string = document.baseURI): Record<BoundaryObject, string> {
  const absolute = new URL(file.url, base).href;
  return { regions: boundarySourceUrl('regions', absolute), provinces: boundarySourceUrl('provinces', absolute) };
}
