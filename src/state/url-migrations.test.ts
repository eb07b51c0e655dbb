import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateUrlParams, URL_MIGRATIONS, URL_VERSION } from './url-migrations';
import { parseShareUrl, serializeShareUrl, type UrlContext } from './url-state';
import { arbViewState } from './view-state.arbitrary';
import { DEFAULT_VIEW } from './view-state';

const ctx: UrlContext = { years: [2024, 2026], provinceCodes: new Set(['16', '63']), regionCodes: new Set(['16.07', '63.06']) };
const migrated = (q: string) => {
  const p = new URLSearchParams(q);
  const versions = migrateUrlParams(p);
  return { query: p.toString(), versions };
};

describe('URL migrations', () => {
  it('are listed in version order, each with a description', () => {
    expect(URL_MIGRATIONS.map((m) => m.version)).toEqual([...URL_MIGRATIONS.map((m) => m.version)].sort((a, b) => a - b));
    expect(new Set(URL_MIGRATIONS.map((m) => m.version)).size).toBe(URL_MIGRATIONS.length);
    expect(URL_VERSION).toBe(URL_MIGRATIONS.at(-1)!.version);
    for (const m of URL_MIGRATIONS) expect(m.description.length).toBeGreaterThan(20);
  });

  it('v2: lang=in becomes lang=id', () => {
    expect(migrated('lang=in&year=2026')).toEqual({ query: 'lang=id&year=2026', versions: [2] });
    expect(parseShareUrl('?lang=in', ctx)).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });

  it('v3: a region code without its dot gets it back', () => {
    expect(migrated('region=1607')).toEqual({ query: 'region=16.07', versions: [3] });
    expect(parseShareUrl('?region=6306', ctx)).toEqual({ state: { ...DEFAULT_VIEW, region: '63.06' }, notices: [] });
    // A province code, or anything else, is left for the parser to judge.
    expect(migrated('region=16').versions).toEqual([]);
    expect(migrated('region=160').versions).toEqual([]);
  });

  it('leave every current canonical URL unchanged', () => {
    const arbState = arbViewState(ctx).map((v) => ({ ...v, camera: null }));
    fc.assert(
      fc.property(arbState, fc.boolean(), (s, withImports) => {
        const query = serializeShareUrl(s, { withImports }).slice(1);
        expect(migrated(query).versions).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
