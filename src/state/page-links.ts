import { appBase, regionPagePath, type PageRegion } from './page-path';
import { serializeShareUrl } from './url-state';
import type { ViewState } from './view-state';

/** Regions by code, as the dataset holds them (`Dataset.byCode`): what a page's path is written from. */
export type PageRegions = ReadonlyMap<string, PageRegion>;

/**
 * The address of a view: a selected region's own page with the rest of the view as its query
 * (`/wilayah/16.07-banyuasin/?year=2024`), otherwise the home page with the query. An old `?region=16.07` link
 * is rewritten to its page this way. The embedded view stays on the home page's path: its frame has no
 * preview to show. Without the regions (no data yet) the region stays in the query of the home page. Never a
 * `#fragment`: the app has no anchors, and a stray one would travel on in every link copied from the address bar.
 */
export function viewHref(state: ViewState, regions?: PageRegions, base = appBase(), options?: { withImports?: boolean }): string {
  const region = state.region && !state.embed ? regions?.get(state.region) : undefined;
  if (region) return `${regionPagePath(region, base)}${serializeShareUrl({ ...state, region: null }, options)}`;
  return `${base}${serializeShareUrl(state, options)}`;
}

/**
 * The link Share hands out: the view's address (a region's page when one is open) naming the edition even when
 * the address bar omits it (latest), so the link keeps showing the same view after a newer edition.
 */
export function pageShareLink(origin: string, state: ViewState, latestYear: number, withImports: boolean, regions: PageRegions, base = appBase()): string {
  return `${origin}${viewHref({ ...state, year: state.year ?? latestYear, embed: false }, regions, base, { withImports })}`;
}
