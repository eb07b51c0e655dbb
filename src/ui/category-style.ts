import type { CategoryStatus } from '@/domain/award-record';

/**
 * Ordered, colour-blind-safe ramp after ColorBrewer YlGnBu: darker = higher. "Not awarded" is a mid grey;
 * "no record" is near-white and hatched on the map, so the two never read alike. Checked by
 * tests/unit/colour-vision.test.ts: every pair stays apart (CIE ΔE ≥ 15) under simulated protanopia,
 * deuteranopia and tritanopia, and badge text keeps WCAG AA contrast (4.5:1).
 */
export const CATEGORY_COLORS: Record<CategoryStatus, string> = {
  utama: '#253494',
  madya: '#2171b5',
  pratama: '#a1dab4',
  none: '#767676',
  unknown: '#f2f2f2',
};

/** Text colour that keeps WCAG AA contrast on each swatch. */
export const CATEGORY_TEXT: Record<CategoryStatus, string> = {
  utama: '#ffffff',
  madya: '#ffffff',
  pratama: '#1a1a1a',
  none: '#ffffff',
  unknown: '#1a1a1a',
};
