import fc from 'fast-check';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import { CHANGE_FILTERS } from '@/domain/transitions';
import { canonicalCamera, type UrlContext } from './url-state';
import type { ViewState } from './view-state';

/** Any valid view over the codes and years of a URL context, for property tests of the URL contract. */
export function arbViewState(ctx: UrlContext): fc.Arbitrary<ViewState> {
  return (
    fc
      .record({
        year: fc.option(fc.constantFrom(...ctx.years), { nil: null }),
        level: fc.constantFrom('kabkota' as const, 'provinsi' as const),
        embed: fc.boolean(),
        provinces: fc.uniqueArray(fc.constantFrom(...ctx.provinceCodes)).map((a) => [...a].sort()),
        categories: fc.uniqueArray(fc.constantFrom(...CATEGORY_STATUSES)).map((a) => CATEGORY_STATUSES.filter((c) => a.includes(c))),
        mode: fc.constantFrom('category' as const, 'change' as const),
        base: fc.option(fc.constantFrom(...ctx.years), { nil: null }),
        changes: fc.uniqueArray(fc.constantFrom(...CHANGE_FILTERS)).map((a) => CHANGE_FILTERS.filter((c) => a.includes(c))),
        region: fc.option(fc.constantFrom(...ctx.regionCodes, ...ctx.provinceCodes), { nil: null }),
        view: fc.constantFrom('map' as const, 'table' as const),
        lang: fc.constantFrom('id' as const, 'en' as const),
        camera: fc.option(
          fc
            .record({
              zoom: fc.double({ min: 3, max: 12, noNaN: true }),
              lat: fc.double({ min: -11, max: 6, noNaN: true }),
              lng: fc.double({ min: 95, max: 141, noNaN: true }),
            })
            .map(canonicalCamera),
          { nil: null },
        ),
      })
      // A valid baseline is earlier than the view's edition (the latest when none is named).
      .map((v) => (v.base !== null && v.base >= (v.year ?? Math.max(...ctx.years)) ? { ...v, base: null } : v))
      // The province map opens provinces only: a kabupaten/kota brings its own level (url-state.ts).
      .map((v) => (v.level === 'provinsi' && v.region?.includes('.') ? { ...v, level: 'kabkota' as const } : v))
  );
}
