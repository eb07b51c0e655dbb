import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageShareLink } from './page-links';
import { parseShareUrl, serializeShareUrl, type UrlContext } from './url-state';
import { arbViewState } from './view-state.arbitrary';
import { DEFAULT_VIEW } from './view-state';

const ctx: UrlContext = {
  years: [2023, 2024, 2025, 2026],
  provinceCodes: new Set(['11', '16', '31', '63', '93']),
  regionCodes: new Set(['16.07', '63.06', '63.11', '32.18']),
};

describe('parseShareUrl', () => {
  it('reads the documented example', () => {
    const { state, notices } = parseShareUrl('?year=2026&province=63,16&category=utama,madya&change=up&region=16.07&view=map&lang=id&map=6.5/-2.9/115.2', ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      year: 2026,
      level: 'kabkota',
      embed: false,
      provinces: ['16', '63'],
      categories: ['utama', 'madya'],
      mode: 'category',
      base: null,
      changes: ['up'],
      region: '16.07',
      view: 'map',
      lang: 'id',
      camera: { zoom: 6.5, lat: -2.9, lng: 115.2 },
    });
  });

  it('gives the default view for an empty query', () => {
    expect(parseShareUrl('', ctx)).toEqual({ state: DEFAULT_VIEW, notices: [] });
  });

  it('drops invalid values with a notice and keeps the valid ones', () => {
    const { state, notices } = parseShareUrl('?year=1999&province=63,xx,77&category=utama,gold&region=99.99&view=globe&lang=fr&map=abc', ctx);
    expect(state.year).toBeNull();
    expect(state.provinces).toEqual(['63']);
    expect(state.categories).toEqual(['utama']);
    expect(state.region).toBeNull();
    expect(state.view).toBe('map');
    expect(state.lang).toBe('id');
    expect(state.camera).toBeNull();
    expect(notices.map((n) => `${n.param}:${n.value}:${n.reason}`)).toEqual([
      'year:1999:unknown-year',
      'province:xx:invalid',
      'province:77:unknown-province',
      'category:gold:invalid',
      'region:99.99:unknown-region',
      'view:globe:invalid',
      'lang:fr:invalid',
      'map:abc:invalid',
    ]);
  });

  it('ignores unknown parameters', () => {
    expect(parseShareUrl('?utm_source=wa&fbclid=x&lang=en', ctx)).toEqual({ state: { ...DEFAULT_VIEW, lang: 'en' }, notices: [] });
  });

  it('rejects out-of-range cameras', () => {
    expect(parseShareUrl('?map=30/0/0', ctx).state.camera).toBeNull();
    expect(parseShareUrl('?map=5/91/100', ctx).state.camera).toBeNull();
    expect(parseShareUrl('?map=5/-2/200', ctx).state.camera).toBeNull();
  });

  it('never throws, whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseShareUrl(s, ctx);
        expect(r.state.view === 'map' || r.state.view === 'table').toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('year', 'province', 'category', 'change', 'region', 'view', 'lang', 'map', 'x'), fc.string())), (pairs) => {
        const q = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        expect(() => parseShareUrl(q, ctx)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});

const arbState = arbViewState(ctx);

describe('serializeShareUrl', () => {
  it('omits defaults', () => {
    expect(serializeShareUrl(DEFAULT_VIEW)).toBe('');
    expect(serializeShareUrl({ ...DEFAULT_VIEW, lang: 'en', view: 'table' })).toBe('?view=table&lang=en');
  });

  it('writes lists in canonical order, readable', () => {
    expect(
      serializeShareUrl({
        ...DEFAULT_VIEW,
        year: 2026,
        provinces: ['63', '16'],
        categories: ['madya', 'utama'],
        region: '16.07',
        camera: { zoom: 6.5, lat: -2.9, lng: 115.2 },
      }),
    ).toBe('?year=2026&province=16,63&category=utama,madya&region=16.07&map=6.5/-2.9/115.2');
  });

  it('round-trips every valid state: parse(serialize(s)) = s', () => {
    fc.assert(
      fc.property(arbState, (s) => {
        const { state, notices } = parseShareUrl(serializeShareUrl(s), ctx);
        expect(notices).toEqual([]);
        expect(state).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on any input: serialize(parse(x)) is a fixed point', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const once = serializeShareUrl(parseShareUrl(s, ctx).state);
        expect(serializeShareUrl(parseShareUrl(once, ctx).state)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('URL contract defects (random-URL run)', () => {
  it('offers only the editions the edition menu has: a claimed-only year is refused', () => {
    const held: UrlContext = { ...ctx, years: [2026, 2024, 2023] };
    const { state, notices } = parseShareUrl('?year=2025', held);
    expect(state.year).toBeNull();
    expect(notices).toEqual([{ param: 'year', value: '2025', reason: 'unknown-year' }]);
  });

  it('says so when a value is empty or a list repeats itself, and keeps the rest', () => {
    const { state, notices } = parseShareUrl('?year=&category=utama,utama,madya&province=63,63&change=,&lang=en', ctx);
    expect(state).toEqual({ ...DEFAULT_VIEW, categories: ['utama', 'madya'], provinces: ['63'], lang: 'en' });
    expect(notices.map((n) => `${n.param}:${n.value}:${n.reason}`)).toEqual([
      'year::empty',
      'category:utama:duplicate',
      'province:63:duplicate',
      'change:,:empty',
    ]);
  });

  it('reads and writes the imported-data marker, which is not part of the view', () => {
    const shared = parseShareUrl('?year=2026&data=imported', ctx);
    expect(shared.state).toEqual({ ...DEFAULT_VIEW, year: 2026 });
    expect(shared.sharedWithImports).toBe(true);
    expect(parseShareUrl('?data=other', ctx).notices).toEqual([{ param: 'data', value: 'other', reason: 'invalid' }]);
    expect(serializeShareUrl({ ...DEFAULT_VIEW, year: 2026 }, { withImports: true })).toBe('?year=2026&data=imported');
    expect(pageShareLink('https://peta.example', DEFAULT_VIEW, 2026, true, new Map(), '/')).toBe('https://peta.example/?year=2026&data=imported');
    expect(pageShareLink('https://peta.example', { ...DEFAULT_VIEW, year: 2024 }, 2026, false, new Map(), '/')).toBe('https://peta.example/?year=2024');
  });

  it('reads and writes the change map and its named baseline; a baseline not earlier than the edition is refused', () => {
    const held: UrlContext = { ...ctx, years: [2026, 2024, 2023] };
    const ok = parseShareUrl('?year=2026&base=2023&mode=change&change=up,nobase', held);
    expect(ok.notices).toEqual([]);
    expect(ok.state).toMatchObject({ year: 2026, base: 2023, mode: 'change', changes: ['up', 'nobase'] });
    expect(serializeShareUrl(ok.state)).toBe('?year=2026&base=2023&mode=change&change=up,nobase');
    // The latest edition is the view's when no year is named: 2026 cannot be its own baseline.
    const same = parseShareUrl('?base=2026&mode=change', held);
    expect(same.state.base).toBeNull();
    expect(same.notices).toEqual([{ param: 'base', value: '2026', reason: 'base-not-earlier' }]);
    expect(parseShareUrl('?year=2024&base=2026', held).notices).toEqual([{ param: 'base', value: '2026', reason: 'base-not-earlier' }]);
    expect(parseShareUrl('?base=2025', held).notices).toEqual([{ param: 'base', value: '2025', reason: 'unknown-year' }]);
    expect(parseShareUrl('?mode=diff', held).notices).toEqual([{ param: 'mode', value: 'diff', reason: 'invalid' }]);
  });
});
