import { describe, expect, it } from 'vitest';
import { inferFromCompleteList } from './complete-list';

// Lampung's 15 kabupaten/kota; the Pesisir Barat page names four 2026 recipients as the province's complete list.
const LAMPUNG = ['18.01', '18.02', '18.03', '18.04', '18.05', '18.06', '18.07', '18.08', '18.09', '18.10', '18.11', '18.12', '18.13', '18.71', '18.72'];
const NAMED = new Map([
  ['18.01', 'pratama'],
  ['18.03', 'awarded'],
  ['18.13', 'pratama'],
  ['18.72', 'madya'],
] as const);

describe('inferFromCompleteList', () => {
  it('gives every unit of the area the list does not name the outcome the page states for the rest', () => {
    const { rows, outside } = inferFromCompleteList(LAMPUNG, NAMED, 'none');
    expect(rows.map((r) => r.code)).toEqual(['18.02', '18.04', '18.05', '18.06', '18.07', '18.08', '18.09', '18.10', '18.11', '18.12', '18.71']);
    expect(rows.every((r) => r.category === 'none')).toBe(true);
    expect(outside).toEqual([]);
  });

  it('writes no row for the named units themselves: they keep their stated rows', () => {
    const codes = inferFromCompleteList(LAMPUNG, NAMED, 'none').rows.map((r) => r.code);
    for (const code of NAMED.keys()) expect(codes).not.toContain(code);
  });

  it('never writes a row for a unit outside the area, and reports a named unit that lies outside it', () => {
    // A BPJS branch's area (Bukittinggi: five units); the page also names a unit of another branch.
    const branch = ['13.75', '13.06', '13.08', '13.12', '13.74'];
    const named = new Map([
      ['13.74', 'madya'],
      ['13.08', 'madya'],
      ['13.75', 'pratama'],
      ['13.76', 'pratama'],
    ] as const);
    const { rows, outside } = inferFromCompleteList(branch, named, 'none');
    expect(rows).toEqual([
      { code: '13.06', category: 'none' },
      { code: '13.12', category: 'none' },
    ]);
    expect(outside).toEqual(['13.76']);
  });

  it('gives the rest a category when the page says so ("daerah lainnya Pratama")', () => {
    const { rows } = inferFromCompleteList(['17.01', '17.02', '17.03', '17.71'], new Map([['17.71', 'madya']] as const), 'pratama');
    expect(rows).toEqual([
      { code: '17.01', category: 'pratama' },
      { code: '17.02', category: 'pratama' },
      { code: '17.03', category: 'pratama' },
    ]);
  });

  it('counts a unit listed twice in the area once', () => {
    expect(inferFromCompleteList(['18.02', '18.02'], new Map(), 'none').rows).toEqual([{ code: '18.02', category: 'none' }]);
  });
});
