import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent } from './format';

describe('number and date formats', () => {
  it('writes counts exactly as Intl does in both languages, small ones included', () => {
    for (const v of [0, 7, -12, 999, -999, 1000, 12345, 1234567, 0.5, 98.8]) {
      expect(formatNumber(v, 'id')).toBe(new Intl.NumberFormat('id-ID').format(v));
      expect(formatNumber(v, 'en')).toBe(new Intl.NumberFormat('en-GB').format(v));
    }
    expect(formatNumber(1234567, 'id')).toBe('1.234.567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
  });

  it('keeps Indonesian decimal commas and English points', () => {
    expect(formatPercent(98.8, 'id')).toBe('98,8%');
    expect(formatPercent(98.8, 'en')).toBe('98.8%');
    expect(formatDate('2026-01-27', 'id')).toBe('27 Januari 2026');
    expect(formatDate('2026-01-27', 'en')).toBe('27 January 2026');
  });
});
