/**
 * A region's own page: `/wilayah/16.07-banyuasin/` (under the site's base path). The build writes one HTML page per
 * unit with its own head (scripts/pages); the app reads the region from the path. The Kemendagri code is the key:
 * the name after it is for people and may go stale (a renamed region), so any slug — or none — opens the code's
 * region, and the address is then rewritten to the current one.
 */

import { foldText, slugOf } from '@/domain/ascii-text';
import type { Region } from '@/domain/regions';

/** What a page's path is made of. */
export type PageRegion = Pick<Region, 'code' | 'level' | 'name' | 'shortName'>;

/** The folder every region page sits in, under the base path. */
export const PAGE_FOLDER = 'wilayah';

/** The site's base path as Vite builds it (`/`, or `/peta/` for a site under a folder). */
export function appBase(): string {
  // Read through optional chaining: the page build runs this module under plain Node (tsx), without Vite's env.
  return (import.meta as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
}

const KIND_PREFIX = /^(kabupaten administrasi|kabupaten|provinsi)\s+/;

/**
 * The readable part of a region's path: the name without "Kabupaten" (Kota stays, so Kota Bogor and Kabupaten
 * Bogor read apart), in lower case ASCII with hyphens. "Kabupaten Hulu Sungai Selatan" → hulu-sungai-selatan.
 */
export function regionSlug(name: string): string {
  return slugOf(
    foldText(name)
      .trim()
      .replace(KIND_PREFIX, '')
      .replace(/^kota administrasi\s+/, 'kota '),
  );
}

/**
 * `16.07-banyuasin`: the path segment of a region's page. A province by the name people use (dki-jakarta, not
 * daerah-khusus-ibukota-jakarta), a kabupaten/kota by its full name (kota-bogor beside bogor).
 */
export function regionPageSegment(region: PageRegion): string {
  const slug = regionSlug(region.level === 'provinsi' ? region.shortName : region.name);
  return slug ? `${region.code}-${slug}` : region.code;
}

/** The path of a region's page under the base path: `/wilayah/16.07-banyuasin/`. */
export function regionPagePath(region: PageRegion, base = appBase()): string {
  return `${base}${PAGE_FOLDER}/${regionPageSegment(region)}/`;
}

/**
 * The region code a path names, or null when it is not a region page. The slug is not checked (the code is the
 * key); a code written without its dot (`1607-banyuasin`) is read as `16.07`, as the `region=` parameter is.
 */
export function regionCodeFromPath(pathname: string, base = appBase()): string | null {
  if (!pathname.startsWith(base)) return null;
  const m = /^wilayah\/(\d{2})(?:\.?(\d{2}))?(?:-[^/]*)?\/?(?:index\.html)?$/i.exec(pathname.slice(base.length));
  if (!m) return null;
  return m[2] ? `${m[1]}.${m[2]}` : m[1]!;
}

/**
 * The query the view is read from: the address's own, with the region of the page's path added when the query
 * names none (`/wilayah/16.07-banyuasin/?year=2024` reads as `?year=2024&region=16.07`). A `region=` in the
 * query says more recently what the reader asked for, so it wins.
 */
export function queryWithPathRegion(search: string, pathname: string, base = appBase()): string {
  const code = regionCodeFromPath(pathname, base);
  if (!code) return search;
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  if (params.has('region')) return search;
  params.append('region', code);
  return `?${params.toString().replace(/%2C/g, ',').replace(/%2F/g, '/')}`;
}

/** The view's query as the address bar holds it, with the page's region: what the URL-reading code parses. */
export function locationQuery(): string {
  return queryWithPathRegion(window.location.search, window.location.pathname);
}
