import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../tests/unit/load-fixtures';
import { criteriaForYear, type EditionCriteria } from './criteria';
import { gapsToEveryTier } from './tier-gaps';

const { file } = bundledDataset();
const c2026 = criteriaForYear(file.criteria, 2026)!;
const c2024 = criteriaForYear(file.criteria, 2024)!;

describe('gapsToEveryTier (2026 thresholds as reported)', () => {
  it('Banyuasin 98% / 85%: short of Utama on both figures, Madya and Pratama met but for the pemda share', () => {
    const gaps = gapsToEveryTier({ coveragePct: 98, activePct: 85 }, c2026);
    expect(gaps.map((g) => [g.tier, g.outcome])).toEqual([
      ['utama', 'short'],
      ['madya', 'partial'],
      ['pratama', 'met'],
    ]);
    expect(gaps[0]!.figures).toEqual([
      { metric: 'coveragePct', kind: 'short', value: 98, threshold: 99, points: 1 },
      { metric: 'activePct', kind: 'short', value: 85, threshold: 95, points: 10 },
      { metric: 'pemdaRegisteredPct', kind: 'missing', threshold: 18, essential: false },
    ]);
    expect(gaps[1]!.figures.map((f) => f.kind)).toEqual(['met', 'met', 'missing']);
  });

  it('every figure stated and above every threshold: all tiers met', () => {
    const gaps = gapsToEveryTier({ coveragePct: 100.2, activePct: 96, pemdaRegisteredPct: 30 }, c2026);
    expect(gaps.every((g) => g.outcome === 'met')).toBe(true);
    expect(gaps.flatMap((g) => g.figures).every((f) => f.kind === 'met')).toBe(true);
  });

  it('one essential figure missing: the gap is partial, the stated figure still measured', () => {
    const gaps = gapsToEveryTier({ coveragePct: 97.5 }, c2026);
    const pratama = gaps.find((g) => g.tier === 'pratama')!;
    expect(pratama.outcome).toBe('short');
    expect(pratama.figures).toEqual([
      { metric: 'coveragePct', kind: 'short', value: 97.5, threshold: 98, points: 0.5 },
      { metric: 'activePct', kind: 'missing', threshold: 80, essential: true },
    ]);
    const met = gapsToEveryTier({ coveragePct: 99.5 }, c2026).find((g) => g.tier === 'utama')!;
    expect(met.outcome).toBe('partial');
    expect(met.figures[0]).toMatchObject({ kind: 'met', threshold: 99 });
  });

  it('a waiver is a waiver: 100% activity lifts Utama’s pemda share, naming the figure that lifts it', () => {
    const utama = gapsToEveryTier({ coveragePct: 100, activePct: 100, pemdaRegisteredPct: 11 }, c2026)[0]!;
    expect(utama.outcome).toBe('met');
    expect(utama.figures[2]).toEqual({ metric: 'pemdaRegisteredPct', kind: 'waived', threshold: 18, waivedBy: { metric: 'activePct', min: 100, value: 100 } });
    // Without the waiver the same share is short.
    expect(gapsToEveryTier({ coveragePct: 100, activePct: 99, pemdaRegisteredPct: 11 }, c2026)[0]!.figures[2]).toMatchObject({ kind: 'short', points: 7 });
  });

  it('of a tier’s routes, the nearest is shown', () => {
    const twoRoutes: EditionCriteria = {
      year: 2026,
      sources: [],
      variants: [],
      categories: [
        {
          category: 'madya',
          otherConditions: [],
          routes: [
            { id: 'far', conditions: [{ metric: 'activePct', min: 95, essential: true }] },
            { id: 'near', conditions: [{ metric: 'coveragePct', min: 98, essential: true }] },
          ],
        },
      ],
    };
    expect(gapsToEveryTier({ coveragePct: 97, activePct: 80 }, twoRoutes)).toEqual([
      { tier: 'madya', routeId: 'near', outcome: 'short', figures: [{ metric: 'coveragePct', kind: 'short', value: 97, threshold: 98, points: 1 }] },
    ]);
  });

  it('an edition with only an entry threshold (2024) has one row, the entry', () => {
    expect(gapsToEveryTier({ coveragePct: 94.2 }, c2024)).toEqual([
      { tier: 'entry', routeId: 'entry-2024', outcome: 'short', figures: [{ metric: 'coveragePct', kind: 'short', value: 94.2, threshold: 95, points: 0.8 }] },
    ]);
  });
});
