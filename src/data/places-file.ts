import type { PlacesFile } from '@/domain/places';
import { DataLoadError, fetchJson } from './fetch-json';

declare const __DATA_VERSION__: string;

/** Same cache-busting as the first view's files (awards-file.ts): a new data build is a new URL. */
const VERSION = import.meta.env.PROD && typeof __DATA_VERSION__ === 'string' && __DATA_VERSION__ ? `?v=${__DATA_VERSION__}` : '';

/** The search box's place names (scripts/build-places.ts): fetched when search is first used, never in the first view. */
const PLACES_URL = `data/places.json${VERSION}`;

async function loadPlaces(signal?: AbortSignal): Promise<PlacesFile> {
  const url = (import.meta.env.BASE_URL ?? '/') + PLACES_URL;
  const json = (await fetchJson(url, signal)) as PlacesFile;
  const ok = typeof json?.source === 'string' && Array.isArray(json.regencies) && json.regencies.every((r) => Array.isArray(r) && typeof r[0] === 'string');
  if (!ok) throw new DataLoadError(PLACES_URL, 'unexpected file structure');
  return json;
}

/** react-query definition: one download per page, kept for the session. */
export const placesQuery = {
  queryKey: ['places'],
  queryFn: ({ signal }: { signal?: AbortSignal }) => loadPlaces(signal),
  staleTime: Infinity,
  retry: 1,
} as const;
