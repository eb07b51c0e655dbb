/**
 * Boundary build: a boundary source → public/data/boundaries.topo.json (regions + provinces layers),
 * public/data/regions.json (gazetteer + polygon status) and public/data/boundary-report.json.
 *
 *   tsx scripts/build-boundaries.ts                       # the default source (BOUNDARY_SOURCE, else open)
 *   tsx scripts/build-boundaries.ts --source open         # open licence: village/island Voronoi clipped to Natural Earth
 *   tsx scripts/build-boundaries.ts --source gadm         # GADM 4.1 from the geojson-indonesia package (no redistribution)
 *   tsx scripts/build-boundaries.ts --source FILE.geojson --code-field KODE [--label "BIG 2023"] [--licence "..."]
 *
 * A source file must be a GeoJSON FeatureCollection of kabupaten/kota keyed by Kemendagri code
 * ("16.07" or "1607"); several features with one code are merged.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { firstViewBoundaries } from './boundaries/first-view';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { isRegencyCode, type BoundarySource as BoundarySourceInfo, type Gazetteer, type PolygonStatus, type RegionsFile } from '../src/domain/regions';
import { crosswalkGadmFeature, type CrosswalkRow, type GadmProps } from './boundaries/gadm-crosswalk';
import { UNITS_INSIDE_PARENT } from './boundaries/new-units';
import { createLocator, shareInsideOwn } from './boundaries/locate-points';
import { buildOpenRegions, type OpenRegions } from './boundaries/open-regions';
import { SOURCE_INFO } from './boundaries/source-info';
import { readGazetteer } from './lib/read-gazetteer';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface BoundaryOptions {
  /** 'open', 'gadm' or a path to a GeoJSON file keyed by Kemendagri code. */
  source: string;
  codeField?: string;
  label?: string;
  licence?: string;
  outDir: string;
}

type Geo = Polygon | MultiPolygon;
interface RegionFeatureProps {
  code: string;
  name: string;
  prov: string;
}

export class BoundarySourceError extends Error {}

function readFeatureCollection(path: string): FeatureCollection {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new BoundarySourceError(`Boundary source ${path} is not readable JSON: ${(e as Error).message}`);
  }
  const fc = json as FeatureCollection;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new BoundarySourceError(
      `Boundary source ${path} is not a GeoJSON FeatureCollection (type is ${JSON.stringify((json as { type?: unknown })?.type)}).`,
    );
  }
  return fc;
}

function isArea(f: Feature): f is Feature<Geo> {
  return !!f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');
}

function mergeGeometries(geoms: Geo[]): Geo {
  if (geoms.length === 1) return geoms[0]!;
  return { type: 'MultiPolygon', coordinates: geoms.flatMap((g) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)) };
}

/** Crosswalks the source to codes. Returns features with {code, name, prov} and what happened to each input feature. */
async function keyedFeatures(opts: BoundaryOptions, gazetteer: Gazetteer) {
  const byCode = new Map<string, Geo[]>();
  const crosswalk: CrosswalkRow[] = [];
  const problems: string[] = [];
  let open: OpenRegions | undefined;
  if (opts.source === 'open') {
    open = await buildOpenRegions(gazetteer);
    for (const f of open.features) byCode.set(f.properties.code, [f.geometry]);
  } else if (opts.source === 'gadm') {
    const fc = readFeatureCollection(require.resolve('geojson-indonesia/geojson/gadm41_IDN_2.json'));
    for (const f of fc.features) {
      const row = crosswalkGadmFeature(f.properties as GadmProps, gazetteer);
      crosswalk.push(row);
      if (row.status === 'unmatched') problems.push(`${row.gadmProvince}/${row.gadmName}: ${row.reason}`);
      if (row.status !== 'matched') continue;
      if (!isArea(f)) problems.push(`${row.gadmName}: no polygon geometry`);
      else if (byCode.has(row.code)) problems.push(`${row.gadmName}: a second polygon for ${row.code}`);
      else byCode.set(row.code, [f.geometry]);
    }
  } else {
    if (!opts.codeField) throw new BoundarySourceError('A boundary file needs --code-field naming the property with the Kemendagri code.');
    const fc = readFeatureCollection(opts.source);
    if (fc.features.length === 0) throw new BoundarySourceError(`Boundary source ${opts.source} has no features.`);
    for (const [i, f] of fc.features.entries()) {
      const raw = String(f.properties?.[opts.codeField] ?? '').trim();
      const code = /^\d{4}$/.test(raw) ? `${raw.slice(0, 2)}.${raw.slice(2)}` : raw;
      if (!isRegencyCode(code) || !gazetteer.byCode.has(code)) {
        problems.push(`feature ${i}: ${opts.codeField} = ${JSON.stringify(raw)} is not a current kabupaten/kota code`);
        continue;
      }
      if (!isArea(f)) {
        problems.push(`feature ${i} (${code}): no polygon geometry`);
        continue;
      }
      byCode.set(code, [...(byCode.get(code) ?? []), f.geometry]);
    }
    if (byCode.size === 0) {
      throw new BoundarySourceError(
        `Boundary source ${opts.source}: no feature has a kabupaten/kota code in "${opts.codeField}" (first problems: ${problems.slice(0, 3).join('; ')}).`,
      );
    }
  }
  if (problems.length) {
    throw new BoundarySourceError(`Boundary source ${opts.source}: ${problems.length} feature(s) could not be keyed:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  const features: Feature<Geo, RegionFeatureProps>[] = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, geoms]) => {
      const r = gazetteer.byCode.get(code)!;
      return { type: 'Feature', properties: { code, name: r.name, prov: r.provinceCode }, geometry: mergeGeometries(geoms) };
    });
  return { features, crosswalk, open };
}

/**
 * Area-aware simplification: most units keep 5% of their vertices, units under 500 km² keep 50% so
 * small cities stay recognisable, and Kepulauan Seribu keeps every islet.
 */
const simplifyFor = (largeUnits: string) => `-simplify variable percentage="code=='31.01' ? '100%' : (this.area < 5e8 ? '50%' : '${largeUnits}')" keep-shapes`;
/**
 * The open source is already coarse (straight Voronoi edges, a 1:10m coastline), so it keeps more of its
 * vertices: at GADM's 5% its archipelagos lost most of their islands.
 */
const LARGE_UNIT_KEEP: Record<string, string> = { open: '15%' };

export async function buildBoundaries(opts: BoundaryOptions) {
  const t0 = performance.now();
  const gazetteer = readGazetteer();
  const { features, crosswalk, open } = await keyedFeatures(opts, gazetteer);
  const mapshaper = require('mapshaper') as { applyCommands: (cmd: string, input: Record<string, unknown>) => Promise<Record<string, string | Uint8Array>> };
  const input = { type: 'FeatureCollection', features };
  const cmd =
    `-i regions.json name=regions -clean ${simplifyFor(LARGE_UNIT_KEEP[opts.source] ?? '5%')} ` +
    `-dissolve prov + name=provinces ` +
    `-o boundaries.topo.json format=topojson quantization=100000 id-field=code fix-geometry target=regions,provinces`;
  const out = await mapshaper.applyCommands(cmd, { 'regions.json': input });
  const topo = out['boundaries.topo.json'];
  if (!topo) throw new Error('mapshaper produced no output');
  const text = typeof topo === 'string' ? topo : Buffer.from(topo).toString('utf8');

  const withPolygon = new Set(features.map((f) => f.properties.code));
  const inside = new Map(UNITS_INSIDE_PARENT.map((u) => [u.code, u]));
  const noPolygon: { code: string; name: string; status: PolygonStatus }[] = [];
  const builtIn = opts.source === 'open' || opts.source === 'gadm' ? SOURCE_INFO[opts.source] : undefined;
  const custom = opts.label ?? relative(root, opts.source);
  const boundarySource: BoundarySourceInfo = builtIn ?? {
    id: 'custom',
    label: custom,
    licence: opts.licence ?? 'see the source’s licence',
    attribution: `Batas wilayah: ${custom}`,
    links: [],
  };
  const regionsFile: RegionsFile = {
    provinces: gazetteer.provinces,
    regencies: gazetteer.regencies.map((r) => {
      let polygon: PolygonStatus = { kind: 'own' };
      if (!withPolygon.has(r.code)) {
        const u = inside.get(r.code);
        polygon = u && withPolygon.has(u.coveredBy) ? { kind: 'inside', coveredBy: u.coveredBy, villageShare: u.villageShare } : { kind: 'none' };
        noPolygon.push({ code: r.code, name: r.name, status: polygon });
      }
      return { ...r, polygon };
    }),
    boundarySource,
  };

  const first = JSON.stringify(firstViewBoundaries(JSON.parse(text) as Topology));

  mkdirSync(opts.outDir, { recursive: true });
  writeFileSync(join(opts.outDir, 'boundaries.topo.json'), text);
  writeFileSync(join(opts.outDir, 'boundaries-first.topo.json'), first);
  writeFileSync(join(opts.outDir, 'regions.json'), JSON.stringify(regionsFile));
  const methods: Record<string, number> = {};
  crosswalk.forEach((r) => r.status === 'matched' && (methods[r.method] = (methods[r.method] ?? 0) + 1));
  const report = {
    source: boundarySource.label,
    inputFeatures: opts.source === 'gadm' ? crosswalk.length : features.length,
    matched: crosswalk.filter((r) => r.status === 'matched').length || features.length,
    methods,
    crosswalkUsed: crosswalk.length > 0,
    water: crosswalk.filter((r) => r.status === 'water').map((r) => r.gadmName),
    unmatched: crosswalk.filter((r) => r.status === 'unmatched').length,
    cc2PointsElsewhere: crosswalk.filter((r) => r.status === 'matched' && r.cc2Agrees === false).length,
    unitsWithPolygon: withPolygon.size,
    unitsTotal: gazetteer.regencies.length,
    noPolygon,
    bytes: { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length },
    firstViewBytes: { raw: Buffer.byteLength(first), gzip: gzipSync(first, { level: 9 }).length },
    ms: Math.round(performance.now() - t0),
  };
  const openReport = open && openSeedReport(open, features, text);
  writeFileSync(join(opts.outDir, 'boundary-report.json'), JSON.stringify({ ...report, open: openReport, crosswalk }, null, 1));
  return { ...report, open: openReport };
}

/** How many villages each open polygon holds, before and after simplification, and which seeds were left out. */
function openSeedReport(open: OpenRegions, raw: Feature<Geo, RegionFeatureProps>[], topoText: string) {
  const before = shareInsideOwn(open.villages, createLocator(raw));
  const topo = JSON.parse(topoText) as Topology;
  const simplified = (topojsonFeature(topo, topo.objects.regions!) as unknown as FeatureCollection<Geo, { code?: string }>).features.map((f) => ({
    ...f,
    properties: { code: String(f.id ?? f.properties?.code) },
  }));
  const after = shareInsideOwn(open.villages, createLocator(simplified));
  const shares = [...after.perCode].map(([code, c]) => ({ code, share: Math.round((c.inside / c.total) * 1000) / 1000, villages: c.total }));
  return {
    villages: open.villages.length,
    islands: open.islandCount,
    renamedCodes: open.renamed,
    droppedSeeds: open.dropped,
    mergedSeeds: open.merged.length,
    /** Seeds at the very spot of another unit's seed: they have no cell, like a lone seed. */
    mergedIntoOtherUnit: open.merged.filter((m) => m.code !== m.intoCode),
    villagesInside: {
      byConstruction: { inside: before.inside, total: before.total },
      afterSimplification: { inside: after.inside, total: after.total },
      lowestTen: shares.sort((a, b) => a.share - b.share || a.code.localeCompare(b.code)).slice(0, 10),
    },
  };
}

/** The open build unless BOUNDARY_SOURCE says otherwise: it is the one a public deployment may ship. */
export function defaultBoundarySource(): string {
  return process.env.BOUNDARY_SOURCE?.trim() || 'open';
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const opts: BoundaryOptions = {
    source: arg('source') ?? defaultBoundarySource(),
    codeField: arg('code-field'),
    label: arg('label'),
    licence: arg('licence'),
    outDir: arg('out') ?? join(root, 'public/data'),
  };
  try {
    const r = await buildBoundaries(opts);
    const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
    const pct = (c: { inside: number; total: number }) => `${((c.inside / c.total) * 100).toFixed(1)}% (${c.inside}/${c.total})`;
    console.log(
      [
        `build-boundaries: ${r.source}`,
        `  features in: ${r.inputFeatures}; matched: ${r.matched} (${Object.entries(r.methods)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}); water: ${r.water.length} (${r.water.join(', ')}); unmatched: ${r.unmatched}`,
        ...(r.crosswalkUsed ? [`  GADM CC_2 pointing at a different unit: ${r.cc2PointsElsewhere}`] : []),
        ...(r.open
          ? [
              `  seeds: ${r.open.villages} villages + ${r.open.islands} islands; ${r.open.mergedSeeds} merged into a seed less than ~11 m away; ${r.open.droppedSeeds.length} lone seeds left out; ${r.open.renamedCodes.length} Papua codes renumbered`,
              `  villages inside their own polygon: ${pct(r.open.villagesInside.byConstruction)} by construction, ${pct(r.open.villagesInside.afterSimplification)} after simplification`,
            ]
          : []),
        `  units with a polygon: ${r.unitsWithPolygon}/${r.unitsTotal}; without: ${r.noPolygon.length}` +
          (r.noPolygon.length
            ? ` (${r.noPolygon.map((u) => (u.status.kind === 'inside' ? `${u.code}→${u.status.coveredBy}` : `${u.code}→none`)).join(', ')})`
            : ''),
        `  boundaries.topo.json: ${kb(r.bytes.raw)} raw, ${kb(r.bytes.gzip)} gzip -9 (first view: ${kb(r.firstViewBytes.gzip)} gzip -9); time ${(r.ms / 1000).toFixed(1)} s`,
      ].join('\n'),
    );
  } catch (e) {
    if (e instanceof BoundarySourceError) {
      console.error(`build-boundaries: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
