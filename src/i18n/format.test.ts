import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate, formatNumber, formatPercent, formatPoints } from './format';

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

describe('percentages and points without Intl below 1000', () => {
  it('write exactly what Intl writes, in both languages, for any value sources and differences give', () => {
    const values = fc.oneof(
      fc.double({ min: -999.9949, max: 999.9949, noNaN: true }),
      fc.integer({ min: -99999, max: 99999 }).map((n) => n / 100),
      fc.integer({ min: -99999, max: 99999 }).map((n) => n / 1000),
      fc.constantFrom(0, -0, 0.005, 1.005, 2.675, -0.004, 99.995, 1000, 1234.5, -1000.25),
    );
    fc.assert(
      fc.property(values, (v) => {
        for (const [lang, locale] of [
          ['id', 'id-ID'],
          ['en', 'en-GB'],
        ] as const) {
          expect(formatPercent(v, lang)).toBe(`${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(v)}%`);
          expect(formatPoints(v, lang)).toBe(new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(v));
        }
      }),
      { numRuns: 3000 },
    );
  });
});
