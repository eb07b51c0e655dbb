import { describe, expect, it } from 'vitest';
import { queryWithLegacyHash } from './url-migrations';
import { collapseNotices, type UrlNotice } from './url-notices';
import { parseShareUrl, type UrlContext } from './url-state';
import { useViewStore } from './store';
import { applyUrlToStore } from './use-url-sync';
import { DEFAULT_VIEW } from './view-state';

const ctx: UrlContext = {
  years: [2023, 2024, 2026],
  provinceCodes: new Set(['11', '16', '31', '63']),
  regionCodes: new Set(['16.07', '63.06']),
};
const said = (notices: UrlNotice[]) => notices.map((n) => `${n.param}:${n.value}:${n.reason}${n.count ? `×${n.count}` : ''}${n.more ? `+${n.more}` : ''}`);

describe('URL values are read whatever their case, where that is unambiguous', () => {
  it('reads category=UTAMA, lang=EN, level=Provinsi, view=TABLE, mode=Change, change=UP as the canonical words', () => {
    const { state, notices } = parseShareUrl('?category=UTAMA,Madya&lang=EN&level=Provinsi&view=TABLE&mode=Change&change=UP&year=2026', ctx);
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW,
      year: 2026,
      categories: ['utama', 'madya'],
      lang: 'en',
      level: 'provinsi',
      view: 'table',
      mode: 'change',
      changes: ['up'],
    });
    expect(parseShareUrl('?data=Imported', ctx).sharedWithImports).toBe(true);
  });

  it('still refuses what is no value in any case, and says it as written', () => {
    expect(said(parseShareUrl('?category=GOLD&lang=FR', ctx).notices)).toEqual(['category:gold:invalid', 'lang:fr:invalid']);
  });
});

describe('repeated values are said once', () => {
  it('a link repeating province= 5,000 times gets one line with the count, and keeps the province', () => {
    const { state, notices } = parseShareUrl(`?${Array(5000).fill('province=63').join('&')}`, ctx);
    expect(state.provinces).toEqual(['63']);
    expect(said(notices)).toEqual(['province:63:duplicate×4999']);
  });

  it('many different dropped values list the first three and count the rest', () => {
    const query = `?province=${['xx', 'yy', 'zz', 'ww', 'vv'].join(',')},63,63,63`;
    expect(said(parseShareUrl(query, ctx).notices)).toEqual(['province:xx:invalid', 'province:yy:invalid', 'province:zz:invalid+2', 'province:63:duplicate×2']);
  });

  it('collapses in order of first appearance, per parameter and reason', () => {
    const n = (param: string, value: string, reason: UrlNotice['reason'] = 'duplicate'): UrlNotice => ({ param, value, reason });
    expect(said(collapseNotices([n('year', '2026'), n('lang', 'en'), n('year', '2026'), n('year', '2024', 'invalid')]))).toEqual([
      'year:2026:duplicate×2',
      'lang:en:duplicate',
      'year:2024:invalid',
    ]);
  });
});

describe('level=provinsi with a kabupaten/kota region', () => {
  it('shows the region on the kabupaten/kota map, and says why the level changed', () => {
    const { state, notices } = parseShareUrl('?level=provinsi&region=63.06', ctx);
    expect(state).toMatchObject({ level: 'kabkota', region: '63.06' });
    expect(notices).toEqual([{ param: 'level', value: 'provinsi', reason: 'level-for-region' }]);
    // The same for the undotted code old lists use.
    expect(parseShareUrl('?level=PROVINSI&region=6306', ctx).state).toMatchObject({ level: 'kabkota', region: '63.06' });
  });

  it('keeps a province region on the province map', () => {
    expect(parseShareUrl('?level=provinsi&region=63', ctx)).toEqual({ state: { ...DEFAULT_VIEW, level: 'provinsi', region: '63' }, notices: [] });
  });
});

describe('the old #region= form', () => {
  it('is read as the query', () => {
    expect(queryWithLegacyHash('', '#region=16.07')).toBe('?region=16.07');
    expect(parseShareUrl(queryWithLegacyHash('', '#region=1607&lang=en'), ctx).state).toEqual({ ...DEFAULT_VIEW, region: '16.07', lang: 'en' });
    // The query wins where both name a parameter.
    expect(parseShareUrl(queryWithLegacyHash('?region=63.06', '#region=16.07&year=2024'), ctx).state).toMatchObject({ region: '63.06', year: 2024 });
  });

  it('leaves an address without such a fragment alone', () => {
    expect(queryWithLegacyHash('?year=2026', '')).toBe('?year=2026');
    expect(queryWithLegacyHash('?year=2026', '#top')).toBe('?year=2026');
    expect(queryWithLegacyHash('', '#')).toBe('');
  });

  it('opens the region and rewrites the address as ?region=', () => {
    window.history.replaceState(null, '', '/#region=16.07');
    useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
    applyUrlToStore(ctx);
    expect(useViewStore.getState().region).toBe('16.07');
    expect(window.location.search).toBe('?region=16.07');
    expect(window.location.hash).toBe('');
  });
});
