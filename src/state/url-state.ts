import { CATEGORY_STATUSES, type CategoryStatus } from '@/domain/award-record';
import { CHANGE_FILTERS, DEFAULT_VIEW, type Camera, type ChangeFilter, type ViewState } from './view-state';

/**
 * The shareable URL is a public contract (docs/architecture.md): parameters in a fixed order, defaults
 * omitted, lists in canonical order, so one view has exactly one URL and old links keep working.
 * `/?year=2026&province=16,63&category=utama,madya&change=up&region=16.07&view=table&lang=en&map=6.5/-2.9/115.2`
 */

/** What the loaded data allows; without it only the form of each value is checked. */
export interface UrlContext {
  years: readonly number[];
  provinceCodes: ReadonlySet<string>;
  regionCodes: ReadonlySet<string>;
}

export interface UrlNotice {
  param: string;
  value: string;
  reason: 'invalid' | 'unknown-year' | 'unknown-province' | 'unknown-region' | 'duplicate';
}

export interface ParsedUrl {
  state: ViewState;
  notices: UrlNotice[];
}

const KNOWN = ['year', 'province', 'category', 'change', 'region', 'view', 'lang', 'map'] as const;
const MAX_PARAM_LENGTH = 2000;

function splitList(v: string): string[] {
  return v.split(',').map((s) => s.trim()).filter(Boolean);
}

function uniqueInOrder<T>(values: T[], order: readonly T[]): T[] {
  return order.filter((o) => values.includes(o));
}

export function parseCamera(v: string): Camera | null {
  const parts = v.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p))) return null;
  const [zoom, lat, lng] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lng < -180 || lng > 180) return null;
  return { zoom, lat, lng };
}

export function formatCamera(c: Camera): string {
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
  const seen = new Set<string>();
  for (const [rawKey, rawValue] of params) {
    const key = rawKey as (typeof KNOWN)[number];
    if (!(KNOWN as readonly string[]).includes(key)) continue; // unknown parameters are ignored
    const value = rawValue.slice(0, MAX_PARAM_LENGTH);
    const drop = (reason: UrlNotice['reason'], v = value) => notices.push({ param: key, value: v.slice(0, 80), reason });
    if (seen.has(key)) {
      drop('duplicate');
      continue;
    }
    seen.add(key);
    switch (key) {
      case 'year': {
        const y = /^\d{4}$/.test(value) ? Number(value) : NaN;
        if (Number.isNaN(y)) drop('invalid');
        else if (ctx && !ctx.years.includes(y)) drop('unknown-year');
        else state.year = y;
        break;
      }
      case 'province': {
        const ok: string[] = [];
        for (const p of splitList(value)) {
          if (!/^\d{2}$/.test(p)) drop('invalid', p);
          else if (ctx && !ctx.provinceCodes.has(p)) drop('unknown-province', p);
          else if (!ok.includes(p)) ok.push(p);
        }
        state.provinces = ok.sort();
        break;
      }
      case 'category': {
        const list = splitList(value);
        list.filter((c) => !(CATEGORY_STATUSES as readonly string[]).includes(c)).forEach((c) => drop('invalid', c));
        state.categories = uniqueInOrder(list as CategoryStatus[], CATEGORY_STATUSES);
        break;
      }
      case 'change': {
        const list = splitList(value);
        list.filter((c) => !(CHANGE_FILTERS as readonly string[]).includes(c)).forEach((c) => drop('invalid', c));
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
    }
  }
  return { state, notices };
}

/** View state → canonical query string (with leading `?`, or '' for the default view). */
export function serializeShareUrl(state: ViewState): string {
  const parts: string[] = [];
  // Commas, dots and slashes stay readable: they are safe in a query value.
  const put = (k: string, v: string) => parts.push(`${k}=${encodeURIComponent(v).replace(/%2C/g, ',').replace(/%2F/g, '/')}`);
  if (state.year !== null) put('year', String(state.year));
  if (state.provinces.length) put('province', [...new Set(state.provinces)].sort().join(','));
  if (state.categories.length) put('category', uniqueInOrder(state.categories, CATEGORY_STATUSES).join(','));
  if (state.changes.length) put('change', uniqueInOrder(state.changes, CHANGE_FILTERS).join(','));
  if (state.region) put('region', state.region);
  if (state.view !== 'map') put('view', state.view);
  if (state.lang !== 'id') put('lang', state.lang);
  if (state.camera) put('map', formatCamera(state.camera));
  return parts.length ? `?${parts.join('&')}` : '';
}
