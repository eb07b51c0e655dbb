/**
 * Open-licence kabupaten/kota polygons: Voronoi cells of village and island points (d3-delaunay), dissolved
 * per current code and clipped to Indonesia's land in Natural Earth 1:10m (world-atlas, public domain).
 * The result is unsimplified; build-boundaries.ts cleans and simplifies it like any other source.
 */
import { createRequire } from 'node:module';
import { Delaunay } from 'd3-delaunay';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Gazetteer } from '../../src/domain/regions';
import { createLocator } from './locate-points';
import { readSeeds, type Seed } from './open-seeds';

const require = createRequire(import.meta.url);

type Mapshaper = { applyCommands: (cmd: string, input: Record<string, unknown>) => Promise<Record<string, string | Uint8Array>> };

/** Wide enough that every cell touching Indonesian land is closed by land, not by this box. */
const BOUNDS: [number, number, number, number] = [90, -15, 145, 10];
const INDONESIA_ISO_NUMERIC = '360';

export interface DroppedSeed {
  id: string;
  kind: Seed['kind'];
  code: string;
  lon: number;
  lat: number;
  /** The codes of the seeds around it, none of which is its own. */
  neighbours: string[];
}

export interface OpenRegions {
  features: Feature<Polygon | MultiPolygon, { code: string }>[];
  /** Every village point, dropped ones included: the yardstick for how well polygons hold their villages. */
  villages: Seed[];
  islandCount: number;
  dropped: DroppedSeed[];
  /** Seeds folded into an earlier one less than MIN_SEED_SPACING away (the same place, see mergeNearbySeeds). */
  merged: MergedSeed[];
  renamed: [string, string][];
}

/**
 * Seeds closer than this (degrees, ~11 m) are one place for the Voronoi diagram. geografis puts a few
 * villages a fraction of a metre apart on a line (four in Mimika's district 91.09.18, four in Sorong's
 * 92.01.48, each set within half a metre). Delaunator's floating-point geometry cannot resolve points that
 * close and that collinear, and d3-delaunay then gave them cells 4–9° long that overlapped their neighbours'
 * cells; the dissolve handed the overlap to one unit, which drew a thin wedge of Mimika (94.04) across
 * Papua Pegunungan to the PNG border and a straight strip of Sorong (96.01) through Tambrauw.
 */
const MIN_SEED_SPACING = 1e-4;

/** A seed folded into an earlier one less than MIN_SEED_SPACING away. */
export interface MergedSeed {
  id: string;
  code: string;
  /** The seed it was folded into, and that seed's code (another unit's where two units' seeds share a spot). */
  into: string;
  intoCode: string;
}

/**
 * Folds every seed that lies within MIN_SEED_SPACING of an earlier kept seed into that seed: it is left out
 * of the diagram, as an exact repeat always was (it gets no cell of its own). `seeds` must be in the build's
 * sorted order so that the same packages always keep the same seeds.
 */
export function mergeNearbySeeds(seeds: readonly Seed[]): { kept: Seed[]; merged: MergedSeed[] } {
  const grid = new Map<string, Seed[]>();
  const kept: Seed[] = [];
  const merged: MergedSeed[] = [];
  const cell = (v: number) => Math.floor(v / MIN_SEED_SPACING);
  for (const s of seeds) {
    const gx = cell(s.lon);
    const gy = cell(s.lat);
    let into: Seed | undefined;
    for (let dx = -1; dx <= 1 && !into; dx++)
      for (let dy = -1; dy <= 1 && !into; dy++)
        into = grid.get(`${gx + dx}:${gy + dy}`)?.find((t) => Math.hypot(t.lon - s.lon, t.lat - s.lat) < MIN_SEED_SPACING);
    if (into) {
      merged.push({ id: s.id, code: s.code, into: into.id, intoCode: into.code });
      continue;
    }
    kept.push(s);
    const key = `${gx}:${gy}`;
    grid.set(key, [...(grid.get(key) ?? []), s]);
  }
  return { kept, merged };
}

/**
 * Checks the diagram before anything is built from it: every corner of every cell must be at least as close
 * to the cell's own seed as to any other seed. A cell that breaks this overlaps its neighbours (a degenerate
 * Delaunay triangulation) and would come out of the dissolve as a spike or wedge through another unit.
 */
export function assertVoronoiCells(delaunay: Delaunay<Seed>, seeds: readonly Seed[], cellOf: (i: number) => [number, number][] | null): void {
  const bad: string[] = [];
  seeds.forEach((s, i) => {
    const ring = cellOf(i);
    if (!ring) return;
    let worst = 0;
    for (const [x, y] of ring) {
      const j = delaunay.find(x, y, i);
      if (j === i) continue;
      const t = seeds[j]!;
      worst = Math.max(worst, Math.hypot(x - s.lon, y - s.lat) - Math.hypot(x - t.lon, y - t.lat));
    }
    if (worst > 1e-7) bad.push(`${s.id} (${s.code}, ${s.lon}, ${s.lat}): a corner ${(worst * 111).toFixed(1)} km nearer another seed`);
  });
  if (bad.length) throw new Error(`Voronoi diagram is degenerate: ${bad.length} cell(s) reach past their neighbours:\n  ${bad.slice(0, 10).join('\n  ')}`);
}

/** The seeds the diagram is built from: near-duplicates merged, lone seeds dropped (both in build order). */
export function voronoiSeeds(villages: readonly Seed[], islands: readonly Seed[]) {
  // Sorted so that the same packages always give the same cells in the same order (byte-identical output).
  const all = [...villages, ...islands].sort((a, b) => a.lon - b.lon || a.lat - b.lat || a.id.localeCompare(b.id));
  const { kept: distinct, merged } = mergeNearbySeeds(all);
  const { kept, dropped } = dropLoneSeeds(distinct);
  return { kept, dropped, merged };
}

/**
 * A seed none of whose Delaunay neighbours shares its code would become a one-cell enclave inside another
 * unit. Nearly all such points are misplaced (a village geocoded into the next regency, an island still
 * filed under the regency it was split from), so they are left out and listed in the report.
 */
function dropLoneSeeds(seeds: Seed[]): { kept: Seed[]; dropped: DroppedSeed[] } {
  const delaunay = Delaunay.from(
    seeds,
    (s) => s.lon,
    (s) => s.lat,
  );
  const perCode = new Map<string, number>();
  for (const s of seeds) perCode.set(s.code, (perCode.get(s.code) ?? 0) + 1);
  const kept: Seed[] = [];
  const dropped: DroppedSeed[] = [];
  seeds.forEach((s, i) => {
    const neighbours = [...delaunay.neighbors(i)].map((j) => seeds[j]!.code);
    const alone = neighbours.length > 0 && !neighbours.includes(s.code) && (perCode.get(s.code) ?? 0) > 1;
    if (alone) dropped.push({ id: s.id, kind: s.kind, code: s.code, lon: s.lon, lat: s.lat, neighbours: [...new Set(neighbours)].sort() });
    else kept.push(s);
  });
  return { kept, dropped };
}

/** Indonesia from Natural Earth 10m as GeoJSON (world-atlas ships TopoJSON). */
async function indonesiaLand(): Promise<FeatureCollection> {
  const topojson = (await import('topojson-client')) as typeof import('topojson-client');
  const world = require('world-atlas/countries-10m.json');
  const all = topojson.feature(world, world.objects.countries) as unknown as FeatureCollection;
  const land = all.features.filter((f) => String(f.id) === INDONESIA_ISO_NUMERIC);
  if (land.length !== 1) throw new Error('world-atlas countries-10m has no single Indonesia (360) feature');
  return { type: 'FeatureCollection', features: land };
}

/** Radius (degrees, ~1 km) of the land given to a village that Natural Earth puts in the sea. */
const ISLET_RADIUS = 0.01;

/**
 * Natural Earth 1:10m leaves out small islands (all of Kepulauan Seribu, many of Wakatobi's). A village that
 * falls in its sea gets a small octagon of land, so that island villages keep a polygon of their own unit.
 */
function isletsFor(villages: readonly Seed[], land: FeatureCollection): FeatureCollection<Polygon> {
  const onLand = createLocator(land.features.map((f) => ({ ...f, properties: { code: 'land' } })) as Parameters<typeof createLocator>[0]);
  const features: Feature<Polygon>[] = [];
  for (const v of villages) {
    if (onLand(v.lon, v.lat)) continue;
    const ring = Array.from({ length: 9 }, (_, i) => {
      const a = ((i % 8) * Math.PI) / 4;
      return [v.lon + ISLET_RADIUS * Math.cos(a), v.lat + ISLET_RADIUS * Math.sin(a)];
    });
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features };
}

export async function buildOpenRegions(gazetteer: Gazetteer): Promise<OpenRegions> {
  const { villages, islands, renamed } = readSeeds(gazetteer);
  const { kept, dropped, merged } = voronoiSeeds(villages, islands);
  const delaunay = Delaunay.from(
    kept,
    (s) => s.lon,
    (s) => s.lat,
  );
  const voronoi = delaunay.voronoi(BOUNDS);
  const cellOf = (i: number) => voronoi.cellPolygon(i) as [number, number][] | null; // null only for a repeated point (merged above)
  assertVoronoiCells(delaunay, kept, cellOf);
  const cells: Feature<Polygon, { code: string }>[] = [];
  kept.forEach((s, i) => {
    const ring = cellOf(i);
    if (ring) cells.push({ type: 'Feature', properties: { code: s.code }, geometry: { type: 'Polygon', coordinates: [ring] } });
  });

  const land = await indonesiaLand();
  const mapshaper = require('mapshaper') as Mapshaper;
  const out = await mapshaper.applyCommands(
    '-i cells.json name=cells -i land.json name=land -i islets.json name=islets ' +
      '-merge-layers target=land,islets name=land force -dissolve2 target=land ' +
      '-dissolve code target=cells -clip land target=cells -o regions.json format=geojson target=cells',
    { 'cells.json': { type: 'FeatureCollection', features: cells }, 'land.json': land, 'islets.json': isletsFor(villages, land) },
  );
  const json = out['regions.json'];
  if (!json) throw new Error('mapshaper produced no open regions');
  const fc = JSON.parse(typeof json === 'string' ? json : Buffer.from(json).toString('utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  const features = fc.features.filter((f) => f.geometry);
  return { features, villages, islandCount: islands.length, dropped, merged, renamed };
}
