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

  it('writes every month, month-only and year-only dates exactly as Intl does; leaves unreadable dates as given', () => {
    for (const lang of ['id', 'en'] as const) {
      const locale = lang === 'id' ? 'id-ID' : 'en-GB';
      for (let month = 1; month <= 12; month++) {
        const mm = String(month).padStart(2, '0');
        const at = new Date(Date.UTC(2025, month - 1, 9));
        expect(formatDate(`2025-${mm}-09`, lang)).toBe(
          new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(at),
        );
        expect(formatDate(`2025-${mm}`, lang)).toBe(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(at));
      }
      expect(formatDate('2024', lang)).toBe('2024');
    }
    expect(formatDate('2026-13-01', 'id')).toBe('2026-13-01');
    expect(formatDate('27/01/2026', 'en')).toBe('27/01/2026');
  });
});
