import type { CategoryStatus } from '@/domain/award-record';

/**
 * Ordered, colour-blind-safe ramp (ColorBrewer YlGnBu, 3 classes, darkened for contrast on white):
 * darker = higher. "Not awarded" is a mid grey; "no record" is near-white and hatched on the map,
 * so the two never read alike.
 */
export const CATEGORY_COLORS: Record<CategoryStatus, string> = {
  utama: '#253494',
  madya: '#2c7fb8',
  pratama: '#a1dab4',
  none: '#8c8c8c',
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
