import { describe, expect, it } from 'vitest';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import { CHANGE_CLASSES } from '@/domain/transitions';
import { CATEGORY_COLORS, CATEGORY_TEXT, CHANGE_COLORS } from '@/shared/region-paint';

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
function seen(hex: string, m?: number[][]): number[] {
  const c = channels(hex).map(linear);
  const out = m ? m.map((row) => Math.min(1, Math.max(0, row[0]! * c[0]! + row[1]! * c[1]! + row[2]! * c[2]!))) : c;
  return lab(out);
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

/** Every pair of a palette stays ΔE ≥ 15 apart under normal vision and each simulated colour-vision deficiency. */
function staysDistinguishable<K extends string>(keys: readonly K[], colours: Record<K, string>) {
  for (const [name, m] of [['normal vision', undefined], ...Object.entries(CVD)] as [string, number[][] | undefined][]) {
    it(`stay distinguishable with ${name}`, () => {
      for (const [i, a] of keys.entries()) {
        for (const b of keys.slice(i + 1)) expect(deltaE(seen(colours[a], m), seen(colours[b], m)), `${a}/${b}`).toBeGreaterThanOrEqual(15);
      }
    });
  }
}

describe('category colours', () => {
  staysDistinguishable(CATEGORY_STATUSES, CATEGORY_COLORS);

  it('get darker as the category gets higher', () => {
    const l = ['utama', 'madya', 'pratama'].map((c) => luminance(CATEGORY_COLORS[c as 'utama']));
    expect(l[0]).toBeLessThan(l[1]!);
    expect(l[1]).toBeLessThan(l[2]!);
  });

  it('carry badge text at WCAG AA contrast', () => {
    for (const c of CATEGORY_STATUSES) expect(contrast(CATEGORY_COLORS[c], CATEGORY_TEXT[c]), c).toBeGreaterThanOrEqual(4.5);
  });
});

describe('change-map colours', () => {
  staysDistinguishable(CHANGE_CLASSES, CHANGE_COLORS);
});
