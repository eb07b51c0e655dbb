import { CATEGORY_STATUSES, type CategoryStatus } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { MAP_LEVELS, MAP_MODES, type MapLevel, type MapMode } from '@/domain/select-regions';
import { locationQuery, type PageRegion } from './page-path';
import { migrateUrlParams, queryWithLegacyHash } from './url-migrations';
import { collapseNotices, type UrlNotice } from './url-notices';
import { CHANGE_FILTERS, type ChangeFilter } from '@/domain/transitions';
import { DEFAULT_VIEW, type Camera, type ViewState } from './view-state';

/**
 * The shareable URL is a public contract (docs/architecture.md): parameters in a fixed order, defaults
 * omitted, lists in canonical order, so one view has exactly one URL; old forms are rewritten by
 * url-migrations.ts before reading, so old links keep working. This is the only module that reads or writes
 * the query string. `/?year=2026&base=2024&mode=change&province=16,63&category=utama,madya&change=up&region=16.07&view=table&lang=en&map=6.5/-2.9/115.2`
 */

/** What the loaded data allows; without it only the form of each value is checked. */
export interface UrlContext {
  years: readonly number[];
  provinceCodes: ReadonlySet<string>;
  regionCodes: ReadonlySet<string>;
  /** Regions by code, for the address of a region's own page (src/state/page-links.ts). */
  regions?: ReadonlyMap<string, PageRegion>;
}

/** The editions a link may name are the ones the edition menu offers (claimed-only years are not). */
export function urlContextOf(ds: Dataset): UrlContext {
  return {
    years: ds.years,
    provinceCodes: new Set(ds.provinces.map((p) => p.code)),
    regionCodes: new Set(ds.regencies.map((r) => r.code)),
    regions: ds.byCode,
  };
}

export type { UrlNotice } from './url-notices';

export interface ParsedUrl {
  state: ViewState;
  notices: UrlNotice[];
  /**
   * Present when the link was made while the sender's imported data was shown (`data=imported`). Not part of
   * the view: the recipient sees the bundled data and a note saying why the view may differ.
   */
  sharedWithImports?: true;
}

/** Written after the view parameters by links shared with imports shown. */
const IMPORTED_DATA = { param: 'data', value: 'imported' } as const;

const KNOWN = ['embed', 'year', 'base', 'level', 'mode', 'province', 'category', 'change', 'region', 'view', 'lang', 'map', IMPORTED_DATA.param] as const;
const MAX_PARAM_LENGTH = 2000;
/** Parameters whose values are lower-case words: `category=UTAMA`, `lang=EN`, `level=Provinsi` mean the same. */
const CASE_FREE = new Set<string>(['level', 'mode', 'category', 'change', 'view', 'lang', IMPORTED_DATA.param]);

function splitList(v: string): string[] {
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The values of a list parameter that appear more than once, each said once. */
function repeats(list: readonly string[]): string[] {
  return [...new Set(list.filter((v, i) => list.indexOf(v) !== i))];
}

function uniqueInOrder<T>(values: T[], order: readonly T[]): T[] {
  return order.filter((o) => values.includes(o));
}

function parseCamera(v: string): Camera | null {
  const parts = v.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  return { zoom, lat, lng };
}

function formatCamera(c: Camera): string {
  const r = (x: number, d: number) => String(Number(x.toFixed(d)));
  return `${r(c.zoom, 2)}/${r(c.lat, 4)}/${r(c.lng, 4)}`;
}

/** Rounds a camera the way the URL stores it, so state and URL agree exactly. */
export function canonicalCamera(c: Camera): Camera {
  return parseCamera(formatCamera(c))!;
}

/** Any query string → a valid view state plus a notice for every value that was dropped. Never throws. */
export function parseShareUrl(search: string, ctx?: UrlContext): ParsedUrl {
  const notices: UrlNotice[] = [];
  const state: ViewState = { ...DEFAULT_VIEW, provinces: [], categories: [], changes: [] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return { state, notices: [{ param: '', value: search.slice(0, 80), reason: 'invalid' }] };
  }
  migrateUrlParams(params);
  let sharedWithImports = false;
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of params) {
    const key = rawKey as (typeof KNOWN)[number];
    if (!(KNOWN as readonly string[]).includes(key)) continue; // unknown parameters are ignored
    const cut = rawValue.slice(0, MAX_PARAM_LENGTH);
    const value = CASE_FREE.has(key) ? cut.toLowerCase() : cut;
    const drop = (reason: UrlNotice['reason'], v = value) => notices.push({ param: key, value: v.slice(0, 80), reason });
    if (seen.has(key)) {
      drop('duplicate');
      continue;
    }
    seen.add(key);
    // `?year=` or `category=,`: said rather than silently dropped, so the sender learns the link was cut short.
    if (splitList(value).length === 0) {
      drop('empty');
      continue;
    }
    switch (key) {
      case 'year':
      case 'base': {
        // A baseline is checked against the view's edition after the loop: `year=` may come later in the query.
        const y = /^\d{4}$/.test(value) ? Number(value) : NaN;
        if (Number.isNaN(y)) drop('invalid');
        else if (ctx && !ctx.years.includes(y)) drop('unknown-year');
        else state[key] = y;
        break;
      }
      case 'mode':
        if ((MAP_MODES as readonly string[]).includes(value)) state.mode = value as MapMode;
        else drop('invalid');
        break;
      case 'embed':
        if (value === '1') state.embed = true;
        else drop('invalid');
        break;
      case 'level':
        if ((MAP_LEVELS as readonly string[]).includes(value)) state.level = value as MapLevel;
        else drop('invalid');
        break;
      case 'province': {
        const ok: string[] = [];
        for (const p of splitList(value)) {
          if (!/^\d{2}$/.test(p)) drop('invalid', p);
          else if (ctx && !ctx.provinceCodes.has(p)) drop('unknown-province', p);
          else if (ok.includes(p)) drop('duplicate', p);
          else ok.push(p);
        }
        state.provinces = ok.sort();
        break;
      }
      case 'category': {
        const list = splitList(value);
        list.filter((c) => !(CATEGORY_STATUSES as readonly string[]).includes(c)).forEach((c) => drop('invalid', c));
        repeats(list).forEach((c) => drop('duplicate', c));
        state.categories = uniqueInOrder(list as CategoryStatus[], CATEGORY_STATUSES);
        break;
      }
      case 'change': {
        const list = splitList(value);
        list.filter((c) => !(CHANGE_FILTERS as readonly string[]).includes(c)).forEach((c) => drop('invalid', c));
        repeats(list).forEach((c) => drop('duplicate', c));
        state.changes = uniqueInOrder(list as ChangeFilter[], CHANGE_FILTERS);
        break;
      }
      case 'region': {
        if (!/^\d{2}(\.\d{2})?$/.test(value)) drop('invalid');
        else if (ctx && !ctx.regionCodes.has(value) && !ctx.provinceCodes.has(value)) drop('unknown-region');
        else state.region = value;
        break;
      }
      case 'view':
        if (value === 'map' || value === 'table') state.view = value;
        else drop('invalid');
        break;
      case 'lang':
        if (value === 'id' || value === 'en') state.lang = value;
        else drop('invalid');
        break;
      case 'map': {
        const c = parseCamera(value);
        if (c) state.camera = c;
        else drop('invalid');
        break;
      }
      case IMPORTED_DATA.param:
        if (value === IMPORTED_DATA.value) sharedWithImports = true;
        else drop('invalid');
        break;
    }
  }
  if (state.base !== null) {
    const year = state.year ?? (ctx ? Math.max(...ctx.years) : null);
    if (year !== null && state.base >= year) {
      notices.push({ param: 'base', value: String(state.base), reason: 'base-not-earlier' });
      state.base = null;
    }
  }
  // A kabupaten/kota is not on the province map: the link's region is the more specific wish, so its level comes
  // back, as when one is chosen on the province map (store.selectRegion).
  if (state.level === 'provinsi' && state.region?.includes('.')) {
    notices.push({ param: 'level', value: 'provinsi', reason: 'level-for-region' });
    state.level = 'kabkota';
  }
  const said = collapseNotices(notices);
  return sharedWithImports ? { state, notices: said, sharedWithImports } : { state, notices: said };
}

/**
 * View state → canonical query string (with leading `?`, or '' for the default view). `withImports` marks a
 * link shared while imported data was shown.
 */
export function serializeShareUrl(state: ViewState, { withImports = false }: { withImports?: boolean } = {}): string {
  const parts: string[] = [];
  // Commas, dots and slashes stay readable: they are safe in a query value.
  const put = (k: string, v: string) => parts.push(`${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%2F/g, '/')}`);
  if (state.year !== null) put('year', String(state.year));
  if (state.base !== null) put('base', String(state.base));
  if (state.level !== DEFAULT_VIEW.level) put('level', state.level);
  if (state.mode !== DEFAULT_VIEW.mode) put('mode', state.mode);
  if (state.provinces.length) put('province', [...new Set(state.provinces)].sort().join(','));
  if (state.categories.length) put('category', uniqueInOrder(state.categories, CATEGORY_STATUSES).join(','));
  if (state.changes.length) put('change', uniqueInOrder(state.changes, CHANGE_FILTERS).join(','));
  if (state.region) put('region', state.region);
  if (state.view !== 'map') put('view', state.view);
  if (state.lang !== 'id') put('lang', state.lang);
  if (state.camera) put('map', formatCamera(state.camera));
  if (state.embed) put('embed', '1');
  if (withImports) put(IMPORTED_DATA.param, IMPORTED_DATA.value);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The same view as a compact page for an <iframe> (`embed=1`). */
export function embedLink(origin: string, pathname: string, state: ViewState, latestYear: number): string {
  return `${origin}${pathname}${serializeShareUrl({ ...state, year: state.year ?? latestYear, embed: true })}`;
}

let startUrl: ParsedUrl | null = null;

/** Called once as the page starts, before anything rewrites the address. */
export function rememberStartUrl(): void {
  startUrl = parseShareUrl(addressQuery());
}

/** The query the address bar carries, with an old `#region=…` fragment read as query parameters. */
export function addressQuery(): string {
  return queryWithLegacyHash(locationQuery(), window.location.hash);
}

/**
 * The address the page was opened with, parsed once at start (form only; the data check comes with the data).
 * Without a start (component tests) the current address is read.
 */
export function readStartUrl(): ParsedUrl {
  return startUrl ?? parseShareUrl(addressQuery());
}
