import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../tests/unit/load-fixtures';
import { classifyAward, criteriaForYear, findCategoryMismatch } from './criteria';

const { file } = bundledDataset();
const c2026 = criteriaForYear(file.criteria, 2026)!;
const c2024 = criteriaForYear(file.criteria, 2024)!;

describe('classifyAward (2026 thresholds as reported)', () => {
  it('Banyuasin 98% / 85% → Madya, with the gap to Utama', () => {
    const r = classifyAward({ coveragePct: 98, activePct: 85 }, c2026);
    expect(r.category).toBe('madya');
    expect(r.gapToNext?.category).toBe('utama');
    expect(r.gapToNext?.gaps).toEqual([
      { metric: 'coveragePct', value: 98, threshold: 99, points: 1 },
      { metric: 'activePct', value: 85, threshold: 95, points: 10 },
    ]);
    expect(r.gapToNext?.unknown).toEqual(['pemdaRegisteredPct']);
    expect(r.missing).toContain('pemdaRegisteredPct');
  });

  it('Klungkung 100% / 95.22% → Utama (pemda share not stated does not block)', () => {
    const r = classifyAward({ coveragePct: 100, activePct: 95.22 }, c2026);
    expect(r.category).toBe('utama');
    expect(r.gapToNext).toBeNull();
    const pemda = r.checks.find((c) => c.category === 'utama' && c.metric === 'pemdaRegisteredPct');
    expect(pemda).toMatchObject({ status: 'missing', threshold: 18, essential: false });
  });

  it('reports each check with value, threshold and pass/fail', () => {
    const r = classifyAward({ coveragePct: 98.33, activePct: 85.8 }, c2026);
    expect(r.checks.filter((c) => c.category === 'utama')).toEqual([
      expect.objectContaining({ metric: 'coveragePct', value: 98.33, threshold: 99, status: 'fail' }),
      expect.objectContaining({ metric: 'activePct', value: 85.8, threshold: 95, status: 'fail' }),
      expect.objectContaining({ metric: 'pemdaRegisteredPct', status: 'missing' }),
    ]);
  });

  it('a stated pemda share below 18% blocks Utama unless activity is 100%', () => {
    expect(classifyAward({ coveragePct: 100, activePct: 97, pemdaRegisteredPct: 11 }, c2026).category).toBe('madya');
    const waived = classifyAward({ coveragePct: 100, activePct: 100, pemdaRegisteredPct: 11 }, c2026);
    expect(waived.category).toBe('utama');
    expect(waived.checks.find((c) => c.metric === 'pemdaRegisteredPct' && c.category === 'utama')?.status).toBe('waived');
  });

  it('figures below every threshold support no award, with the gap to Pratama', () => {
    const r = classifyAward({ coveragePct: 94, activePct: 91 }, c2026);
    expect(r.category).toBe('none');
    expect(r.gapToNext).toMatchObject({ category: 'pratama', gaps: [{ metric: 'coveragePct', points: 4 }] });
  });

  it('cannot classify without the essential figures', () => {
    expect(classifyAward({ coveragePct: 99 }, c2026)).toMatchObject({ category: null, missing: expect.arrayContaining(['activePct']) });
    expect(classifyAward({}, c2026).category).toBeNull();
  });

  it('for 2024 only the entry threshold (95% coverage) is known', () => {
    expect(classifyAward({ coveragePct: 95.69, activePct: 74.6 }, c2024)).toMatchObject({ category: null, entry: 'pass' });
    expect(classifyAward({ coveragePct: 94 }, c2024).entry).toBe('fail');
  });
});

describe('findCategoryMismatch: a data-quality note when the reported category disagrees with the figures', () => {
  it('flags Kota Palopo, reported Utama at 94% coverage', () => {
    const palopo = file.records.find((r) => r.code === '73.73' && r.year === 2026)!;
    expect(palopo.category).toBe('utama');
    const m = findCategoryMismatch(palopo.category, classifyAward(palopo.metrics, c2026));
    expect(m).toEqual({ reported: 'utama', supported: 'none', direction: 'above' });
  });

  it('does not flag Kota Probolinggo or Klungkung, whose figures fit', () => {
    for (const code of ['35.74', '51.05']) {
      const r = file.records.find((x) => x.code === code && x.year === 2026 && x.metrics.coveragePct !== undefined)!;
      expect(findCategoryMismatch(r.category, classifyAward(r.metrics, c2026))).toBeNull();
    }
  });

  it('flags a region reported below what its figures support', () => {
    // Kota Pekalongan: Pratama at 99.53% / 81.25% — the figures fit Pratama exactly, so no flag;
    // a made-up Pratama at 100/96 would be "below".
    expect(findCategoryMismatch('pratama', classifyAward({ coveragePct: 100, activePct: 96 }, c2026))?.direction).toBe('below');
  });

  it('says nothing when the figures cannot classify', () => {
    expect(findCategoryMismatch('madya', classifyAward({ coveragePct: 99 }, c2026))).toBeNull();
  });
});
