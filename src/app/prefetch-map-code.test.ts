import { describe, expect, it } from 'vitest';
import { shouldPrefetchMapCode } from './prefetch-map-code';

describe('fetching MapLibre’s code before the first drag', () => {
  it('happens on a fast connection, never when the reader saves data or is on a slow one', () => {
    expect(shouldPrefetchMapCode({ effectiveType: '4g', saveData: false })).toBe(true);
    expect(shouldPrefetchMapCode(undefined)).toBe(true);
    expect(shouldPrefetchMapCode({ effectiveType: '4g', saveData: true })).toBe(false);
    for (const slow of ['3g', '2g', 'slow-2g']) expect(shouldPrefetchMapCode({ effectiveType: slow }), slow).toBe(false);
  });
});
