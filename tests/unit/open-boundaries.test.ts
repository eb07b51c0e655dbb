import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Delaunay } from 'd3-delaunay';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { areaContains, createLocator } from '../../scripts/boundaries/locate-points';
import { assertVoronoiCells, mergeNearbySeeds, voronoiSeeds } from '../../scripts/boundaries/open-regions';
import { currentCodeMap, parseDms, readSeeds, type Seed } from '../../scripts/boundaries/open-seeds';
import { buildBoundaries } from '../../scripts/build-boundaries';
import type { RegionsFile } from '@/domain/regions';
import { realGazetteer } from './load-fixtures';

type Areas = FeatureCollection<Polygon | MultiPolygon, { code: string; prov: string }>;
const g = realGazetteer();
const seeds = readSeeds(g);
/** The build's seed order (open-regions.ts sorts the same way). */
const inBuildOrder = (list: Seed[]) => [...list].sort((a, b) => a.lon - b.lon || a.lat - b.lat || a.id.localeCompare(b.id));

function layer(topo: Topology, name: string): Areas {
  const fc = feature(topo, topo.objects[name]!) as unknown as Areas;
  return { ...fc, features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, code: String(f.id ?? f.properties.prov) } })) };
}

describe('open boundary seeds', () => {
  it('reads the islands’ degree-minute-second coordinates', () => {
    const [lon, lat] = parseDms(`03°19'03.44" N 097°07'41.73" E`)!;
    expect(lat).toBeCloseTo(3.3176, 3);
    expect(lon).toBeCloseTo(97.1283, 3);
    expect(parseDms(`08°29'00.00" S 140°24'00.00" E`)![1]).toBeCloseTo(-8.4833, 3);
    expect(parseDms('not a coordinate')).toBeNull();
  });

  it('renumbers pre-2022 Papua regencies into the provinces that replaced them', () => {
    const villages = [
      { code: '91.01.01.2001', city: 'Kabupaten Merauke', latitude: -8.5, longitude: 140.4 },
      { code: '92.01.01.2001', city: 'Kabupaten Sorong', latitude: -1, longitude: 131.5 },
      { code: '91.71.01.1001', city: 'Kota Jayapura', latitude: -2.5, longitude: 140.7 },
      { code: '73.10.01.2001', city: 'Kabupaten Pangkajene Kepulauan', latitude: -4.8, longitude: 119.5 },
    ];
    expect(Object.fromEntries(currentCodeMap(villages, g))).toEqual({ '91.01': '93.01', '92.01': '96.01', '91.71': '91.71', '73.10': '73.10' });
    expect(() => currentCodeMap([{ code: '91.99.01.2001', city: 'Kabupaten Atlantis', latitude: 0, longitude: 0 }], g)).toThrow(/Atlantis/);
  });

  it('merges villages geocoded a fraction of a metre apart, whose Voronoi cells would otherwise run through their neighbours', () => {
    // Mimika's district 91.09.18: four villages within half a metre of one another on a line, with the villages around them.
    const around = inBuildOrder(seeds.villages.filter((v) => Math.abs(v.lon - 136.8368) < 0.05 && Math.abs(v.lat + 4.5207) < 0.05));
    const check = (list: Seed[]) => {
      const delaunay = Delaunay.from(
        list,
        (s) => s.lon,
        (s) => s.lat,
      );
      const voronoi = delaunay.voronoi([135, -6, 139, -3]);
      assertVoronoiCells(delaunay, list, (i) => voronoi.cellPolygon(i) as [number, number][] | null);
    };
    expect(() => check(around)).toThrow(/degenerate: 4 cell.*\n {2}91\.09\.18\.200\d \(94\.04/);
    const { kept, merged } = mergeNearbySeeds(around);
    expect(merged).toEqual(['91.09.18.2009', '91.09.18.2006', '91.09.18.2007'].map((id) => ({ id, code: '94.04', into: '91.09.18.2008', intoCode: '94.04' })));
    expect(() => check(kept)).not.toThrow();
    // Everywhere: only seeds less than ~11 m apart are merged, and all but a few exact repeats with their own unit.
    const all = voronoiSeeds(seeds.villages, seeds.islands);
    expect(all.merged.length).toBeLessThan(400);
    expect(all.merged.filter((m) => m.code !== m.intoCode).length).toBeLessThan(10);
  });
});

describe('open boundary build (geografis villages + idn-area-data islands → Voronoi → Natural Earth land)', () => {
  let dir: string;
  let text: string;
  let regions: Areas;
  let provinces: Areas;
  let regionsFile: RegionsFile;
  const byCode = (code: string) => regions.features.find((f) => f.properties.code === code)!;
  const allVillages = seeds.villages;
  const villagesOf = (code: string) => allVillages.filter((v) => v.code === code);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'peta-uhc-open-'));
    await buildBoundaries({ source: 'open', outDir: dir });
    text = readFileSync(join(dir, 'boundaries.topo.json'), 'utf8');
    const topo = JSON.parse(text) as Topology;
    regions = layer(topo, 'regions');
    provinces = layer(topo, 'provinces');
    regionsFile = JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')) as RegionsFile;
  }, 120_000);

  it('gives every one of the 514 current codes exactly one polygon of its own', () => {
    const codes = regions.features.map((f) => f.properties.code);
    expect(codes).toHaveLength(514);
    expect(new Set(codes)).toEqual(new Set(g.regencies.map((r) => r.code)));
    expect(regionsFile.regencies.every((r) => r.polygon.kind === 'own')).toBe(true);
    expect(regionsFile.boundarySource.id).toBe('open');
    expect(regionsFile.boundarySource.links.map((l) => l.label).join(' ')).toMatch(/geografis.*idn-area-data.*Natural Earth/);
  });

  it('draws Pangandaran (32.18) apart from Ciamis (32.07), around its own town', () => {
    const pangandaran = byCode('32.18');
    const ciamis = byCode('32.07');
    const villages = villagesOf('32.18');
    expect(villages.length).toBeGreaterThan(80);
    expect(villages.filter((v) => areaContains(pangandaran, v.lon, v.lat)).length / villages.length).toBeGreaterThan(0.9); // 94.6%: coastal villages lost to simplification
    expect(villages.filter((v) => areaContains(ciamis, v.lon, v.lat))).toEqual([]);
    let inP = 0;
    let inBoth = 0;
    for (let x = 108.3; x <= 108.9; x += 0.005)
      for (let y = -7.9; y <= -7.1; y += 0.005) {
        if (!areaContains(pangandaran, x, y)) continue;
        inP++;
        if (areaContains(ciamis, x, y)) inBoth++;
      }
    expect(inP).toBeGreaterThan(100);
    expect(inBoth / inP).toBeLessThan(0.01);
  });

  it('puts Merauke in Papua Selatan (93) and Sorong in Papua Barat Daya (96)', () => {
    expect(byCode('93.01').properties.prov).toBe('93');
    const papuaSelatan = provinces.features.find((f) => f.properties.code === '93')!;
    expect(areaContains(papuaSelatan, 140.4, -8.49)).toBe(true); // Merauke town
    expect(byCode('96.71').properties.prov).toBe('96');
  });

  it('keeps islands with their own unit: Kepulauan Seribu’s islands, not the Jakarta coast', () => {
    const seribu = byCode('31.01');
    expect(seribu.geometry.type).toBe('MultiPolygon');
    const villages = villagesOf('31.01');
    expect(villages).toHaveLength(6);
    expect(villages.filter((v) => !areaContains(seribu, v.lon, v.lat))).toEqual([]);
    const jakartaUtara = villagesOf('31.72');
    expect(jakartaUtara.filter((v) => areaContains(seribu, v.lon, v.lat))).toEqual([]);
  });

  it('leaves no gaps and no overlaps between neighbours in Jawa Barat', () => {
    const west = regions.features.filter((f) => f.properties.prov === '32');
    let overlaps = 0;
    let inProvince = 0;
    let gaps = 0;
    const province = provinces.features.find((f) => f.properties.code === '32')!;
    for (let x = 106.4; x <= 108.8; x += 0.01)
      for (let y = -7.8; y <= -5.9; y += 0.01) {
        if (!areaContains(province, x, y)) continue;
        inProvince++;
        const n = west.filter((f) => areaContains(f, x, y)).length;
        if (n === 0) gaps++;
        if (n > 1) overlaps++;
      }
    expect(inProvince).toBeGreaterThan(10_000);
    expect(overlaps).toBe(0);
    expect(gaps).toBe(0);
  });

  it('gives every point of a unit to the unit of its nearest seed: no wedge, strip or spike of one unit through another', () => {
    // The open build is a Voronoi diagram: a point belongs to the unit of its nearest village or island. Simplification
    // moves borders by a few km (at most 2.6 km in the 1.3.2 build); a cell that escaped its neighbours drew Mimika
    // (94.04) 346 km across Papua Pegunungan to the PNG border and Sorong (96.01) 108 km through Tambrauw.
    const { kept } = voronoiSeeds(seeds.villages, seeds.islands);
    const nearest = (list: Seed[]) => {
      const d = Delaunay.from(
        list,
        (s) => s.lon,
        (s) => s.lat,
      );
      return (x: number, y: number) => {
        const s = list[d.find(x, y)]!;
        return Math.hypot(s.lon - x, s.lat - y);
      };
    };
    const anySeed = nearest(kept);
    const seedsOf = new Map<string, Seed[]>();
    for (const s of kept) seedsOf.set(s.code, [...(seedsOf.get(s.code) ?? []), s]);
    const ownSeed = new Map([...seedsOf].map(([code, list]) => [code, nearest(list)]));
    const locateRegion = createLocator(regions.features);
    const locateProvince = createLocator(provinces.features);
    const provOf = new Map(regions.features.map((f) => [f.properties.code, f.properties.prov]));
    const worst = new Map<string, { km: number; at: string }>();
    let points = 0;
    const provinceMismatches: string[] = [];
    for (let x = 95; x <= 141.1; x += 0.05)
      for (let y = -11.2; y <= 6.1; y += 0.05) {
        const code = locateRegion(x, y);
        const prov = locateProvince(x, y);
        if (code ? provOf.get(code) !== prov : prov) provinceMismatches.push(`${x.toFixed(2)},${y.toFixed(2)}: region ${code} in province ${prov}`);
        if (!code) continue;
        points++;
        const km = (ownSeed.get(code)!(x, y) - anySeed(x, y)) * 111.32;
        if (km > (worst.get(code)?.km ?? 0)) worst.set(code, { km, at: `${x.toFixed(2)},${y.toFixed(2)}` });
      }
    expect(points).toBeGreaterThan(50_000);
    const farFromOwn = [...worst].filter(([, w]) => w.km > 10).map(([code, w]) => `${code}: ${w.km.toFixed(0)} km farther from its own seeds at ${w.at}`);
    expect(farFromOwn).toEqual([]);
    expect(provinceMismatches.slice(0, 10)).toEqual([]);
  });

  it('stays inside the boundary budget and is deterministic: the same packages give the same bytes', async () => {
    expect(Buffer.byteLength(text)).toBeGreaterThan(50_000);
    const { gzipSync } = await import('node:zlib');
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(100 * 1024);
    const again = mkdtempSync(join(tmpdir(), 'peta-uhc-open-'));
    await buildBoundaries({ source: 'open', outDir: again });
    expect(readFileSync(join(again, 'boundaries.topo.json'), 'utf8') === text).toBe(true);
    expect(readFileSync(join(again, 'regions.json'), 'utf8')).toBe(readFileSync(join(dir, 'regions.json'), 'utf8'));
  }, 120_000);
});
