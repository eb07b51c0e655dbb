/**
 * Old forms of the shareable URL, rewritten to the current one before it is read, so a link keeps working
 * after a parameter or value changes (the idea of owid-grapher's URL migrations). A canonical URL carries no
 * version number: each migration recognises the old form it rewrites and leaves every current URL as it is
 * (tested for every migration and for all current URLs). Add new ones at the end, with the next version.
 */
export interface UrlMigration {
  /** The URL contract version this migration leads to. */
  version: number;
  /** What old links look like and what they become. */
  description: string;
  migrate(params: URLSearchParams): void;
}

/** `1607` as Kemendagri and BPS lists print it → `16.07` as the app writes it. */
function dottedCode(v: string): string {
  return /^\d{4}$/.test(v) ? `${v.slice(0, 2)}.${v.slice(2)}` : v;
}

export const URL_MIGRATIONS: readonly UrlMigration[] = [
  {
    version: 2,
    description: 'lang=in (the withdrawn ISO 639 code for Indonesian that Java and older Android locales still report) → lang=id',
    migrate(params) {
      if (params.get('lang') === 'in') params.set('lang', 'id');
    },
  },
  {
    version: 3,
    description: 'region codes written without their dot (region=1607, as in Kemendagri and BPS tables) → region=16.07',
    migrate(params) {
      const region = params.get('region');
      if (region !== null && dottedCode(region) !== region) params.set('region', dottedCode(region));
    },
  },
];

export const URL_VERSION = URL_MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 1);

/** Every migration in order; returns the versions that changed something. */
export function migrateUrlParams(params: URLSearchParams): number[] {
  const applied: number[] = [];
  for (const m of URL_MIGRATIONS) {
    const before = params.toString();
    m.migrate(params);
    if (params.toString() !== before) applied.push(m.version);
  }
  return applied;
}

/**
 * `#region=16.07`: early links kept the view in the fragment. Its parameters are read as if they were in the
 * query (the query wins where both name one), and the address is then rewritten without the fragment. A
 * fragment that is not `key=value` pairs (`#top`) is left alone.
 */
export function queryWithLegacyHash(search: string, hash: string): string {
  const fragment = hash.replace(/^#/, '');
  if (!/^[a-z]+=[^&]*(&[a-z]+=[^&]*)*$/i.test(fragment)) return search;
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const old = new URLSearchParams(fragment);
  for (const key of new Set(old.keys())) if (!query.has(key)) old.getAll(key).forEach((v) => query.append(key, v));
  const out = query.toString();
  return out ? `?${out}` : '';
}
