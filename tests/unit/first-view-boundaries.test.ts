import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '@/data/load-boundaries';
import { simplifyArc } from '../../scripts/boundaries/first-view';

// The generated files (npm test runs prepare-data first).
const read = (f: string) => readFileSync(join(__dirname, '../../public/data', f), 'utf8');
const fullText = read('boundaries.topo.json');
const firstText = read('boundaries-first.topo.json');
const full = boundariesFromTopology(JSON.parse(fullText) as Topology);
const first = boundariesFromTopology(JSON.parse(firstText) as Topology);

describe('the first national view’s boundary file', () => {
  it('has every unit and province of the full file, each where the full file has it (boxes within 5 km)', () => {
    expect(first.shapes.regions.map((u) => u.code)).toEqual(full.shapes.regions.map((u) => u.code));
    expect(first.shapes.provinces.map((u) => u.code)).toEqual(full.shapes.provinces.map((u) => u.code));
    expect(first.shapes.regions).toHaveLength(514);
    for (const [code, box] of full.bounds) {
      const b = first.bounds.get(code)!;
      for (let i = 0; i < 4; i++) expect(Math.abs(b[i]! - box[i]!), `${code} box[${i}]`).toBeLessThan(0.05);
    }
  });

  it('costs at most half the full file’s bytes over the wire', () => {
    const gz = (s: string) => gzipSync(s, { level: 6 }).length;
    expect(gz(firstText) / gz(fullText)).toBeLessThan(0.5);
  });
});

describe('simplifyArc', () => {
  it('drops the vertices of a near-straight border, keeping its two ends (shared with the neighbour’s ring)', () => {
    expect(
      simplifyArc(
        [
          [0, 0],
          [1, 0.001],
          [2, -0.001],
          [3, 0],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [3, 0],
    ]);
  });

  it('keeps an island far smaller than the tolerance as a triangle, never dropping it', () => {
    const islet: [number, number][] = [
      [0, 0],
      [0.001, 0],
      [0.001, 0.001],
      [0, 0.001],
      [0, 0],
    ];
    const kept = simplifyArc(islet, 0.036);
    expect(kept).toHaveLength(4);
    expect(kept[0]).toEqual(kept[3]);
  });
});
