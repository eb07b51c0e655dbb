import { describe, expect, it } from 'vitest';
import type { EditionCriteria } from './criteria';
import { figuresEqualToThreshold } from './threshold-echo';

const cond = (metric: 'coveragePct' | 'activePct' | 'pemdaRegisteredPct', min: number) => ({ metric, min, essential: true });
// The 2026 thresholds as data/criteria.json states them, with a variant that must not count.
const C2026: EditionCriteria = {
  year: 2026,
  categories: [
    {
      category: 'utama',
      routes: [{ id: 'utama', conditions: [cond('coveragePct', 99), cond('activePct', 95), cond('pemdaRegisteredPct', 18)] }],
      otherConditions: [],
    },
    {
      category: 'madya',
      routes: [{ id: 'madya', conditions: [cond('coveragePct', 98), cond('activePct', 85), cond('pemdaRegisteredPct', 10)] }],
      otherConditions: [],
    },
    { category: 'pratama', routes: [{ id: 'pratama', conditions: [cond('coveragePct', 98), cond('activePct', 80)] }], otherConditions: [] },
  ],
  sources: [],
  variants: [{ id: 'madya-95', category: 'madya', text: { id: '', en: '' }, routes: [{ id: 'v', conditions: [cond('coveragePct', 95)] }], sources: [] }],
};
const C2024: EditionCriteria = { year: 2024, categories: [], entry: { id: 'entry', conditions: [cond('coveragePct', 95)] }, sources: [], variants: [] };

describe('figuresEqualToThreshold', () => {
  it('flags figures that are word for word the thresholds (Banyuasin: 98% coverage, 85% activity)', () => {
    expect(figuresEqualToThreshold({ coveragePct: 98, activePct: 85 }, C2026)).toEqual(['coveragePct', 'activePct']);
  });

  it('does not flag a figure near a threshold, or one equal to a threshold of another metric', () => {
    expect(figuresEqualToThreshold({ coveragePct: 98.01, activePct: 84.99 }, C2026)).toEqual([]);
    // 85 is an activity threshold, not a coverage one; 18 a pemda-share threshold, not an activity one.
    expect(figuresEqualToThreshold({ coveragePct: 85, activePct: 18 }, C2026)).toEqual([]);
  });

  it('reads every category of the edition, not only the reported one', () => {
    expect(figuresEqualToThreshold({ activePct: 95 }, C2026)).toEqual(['activePct']);
    expect(figuresEqualToThreshold({ pemdaRegisteredPct: 10 }, C2026)).toEqual(['pemdaRegisteredPct']);
  });

  it('uses the entry threshold of an edition with only that, and ignores variant statements', () => {
    expect(figuresEqualToThreshold({ coveragePct: 95 }, C2024)).toEqual(['coveragePct']);
    expect(figuresEqualToThreshold({ coveragePct: 95 }, C2026)).toEqual([]);
  });

  it('flags nothing without criteria for the edition', () => {
    expect(figuresEqualToThreshold({ coveragePct: 98 }, undefined)).toEqual([]);
  });
});
