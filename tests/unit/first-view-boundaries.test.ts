import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '@/data/load-boundaries';

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
