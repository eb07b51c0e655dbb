import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../tests/unit/load-fixtures';
import { categoriesForEdition } from './category-status';
import { OUTCOMES, type AwardOutcome } from './award-record';
import { baselineYear, classifyTransition, transitionMatrix, transitionsBetween } from './transitions';

const { file } = bundledDataset();

describe('transitions between editions', () => {
  it('Banyuasin: Pratama 2024 → Madya 2026 is up', () => {
    const t = transitionsBetween(file.records, 2024, 2026).find((x) => x.code === '16.07');
    expect(t).toEqual({ code: '16.07', from: 'pratama', to: 'madya', change: 'up' });
  });

  it('Sulawesi Tenggara province: Utama 2024 → Madya 2026 is down', () => {
    expect(transitionsBetween(file.records, 2024, 2026).find((x) => x.code === '74')?.change).toBe('down');
  });

  it('classifies every pair', () => {
    expect(classifyTransition('pratama', 'madya')).toBe('up');
    expect(classifyTransition('utama', 'madya')).toBe('down');
    expect(classifyTransition('madya', 'madya')).toBe('same');
    expect(classifyTransition(undefined, 'pratama')).toBe('nobase');
    expect(classifyTransition('none', 'pratama')).toBe('new');
    expect(classifyTransition('pratama', 'none')).toBe('down');
    expect(classifyTransition('none', 'none')).toBe('same');
    expect(classifyTransition('pratama', undefined)).toBe('dropped');
    expect(classifyTransition(undefined, undefined)).toBeNull();
  });

  it('counts the matrix, rows earlier and columns later', () => {
    const ts = transitionsBetween(file.records, 2024, 2026);
    const m = transitionMatrix(ts);
    expect(m.pratama.madya).toBeGreaterThanOrEqual(1);
    const total = Object.values(m).reduce((s, row) => s + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(total).toBe(ts.length);
    expect(m.unknown.unknown).toBe(0);
  });

  it('keeps the highest category when sources for one edition disagree, and lists the conflict', () => {
    const recs = [
      { ...file.records[0]!, code: '99.01', year: 2026, category: 'madya' as const },
      { ...file.records[0]!, code: '99.01', year: 2026, category: 'utama' as const },
    ];
    const c = categoriesForEdition(recs, 2026);
    expect(c.byCode.get('99.01')).toBe('utama');
    expect(c.conflicts.get('99.01')).toEqual(['utama', 'madya']);
  });

  it('reads "awarded, category not stated" as agreeing with any stated category, and moves to or from it as unclear', () => {
    const rec = (category: 'madya' | 'awarded' | 'none') => ({ ...file.records[0]!, code: '99.02', year: 2026, category });
    const both = categoriesForEdition([rec('awarded'), rec('madya')], 2026);
    expect(both.byCode.get('99.02')).toBe('madya');
    expect(both.conflicts.has('99.02')).toBe(false);
    expect(categoriesForEdition([rec('awarded'), rec('none')], 2026).conflicts.get('99.02')).toEqual(['awarded', 'none']);
    expect(classifyTransition('pratama', 'awarded')).toBe('unclear');
    expect(classifyTransition('awarded', 'utama')).toBe('unclear');
    expect(classifyTransition('awarded', 'awarded')).toBe('unclear');
    expect(classifyTransition('none', 'awarded')).toBe('new');
    expect(classifyTransition('awarded', 'none')).toBe('down');
    expect(classifyTransition(undefined, 'awarded')).toBe('nobase');
  });

  it('gives every baseline outcome × selected outcome exactly one class, and "new" only where the baseline said "not awarded"', () => {
    const sides: (AwardOutcome | undefined)[] = [...OUTCOMES, undefined];
    for (const from of sides) {
      for (const to of sides) {
        const c = classifyTransition(from, to);
        if (from === undefined && to === undefined) expect(c).toBeNull();
        else if (from === undefined) expect(c, `${from}→${to}`).toBe('nobase');
        else if (to === undefined) expect(c, `${from}→${to}`).toBe('dropped');
        else if (c === 'new') expect(from, `${from}→${to}`).toBe('none');
        else expect(['up', 'down', 'same', 'unclear']).toContain(c);
      }
    }
  });

  it('measures against the named baseline, or the nearest earlier edition, and never a later one', () => {
    const years = [2026, 2024, 2023];
    expect(baselineYear(years, 2026, null)).toBe(2024);
    expect(baselineYear(years, 2026, 2023)).toBe(2023);
    expect(baselineYear(years, 2024, 2024)).toBe(2023);
    expect(baselineYear(years, 2024, 2026)).toBe(2023);
    expect(baselineYear(years, 2026, 2025)).toBe(2024);
    expect(baselineYear(years, 2023, null)).toBeNull();
  });
});
