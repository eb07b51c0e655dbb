import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BOUNDARIES_URL, FIRST_BOUNDARIES_URL } from '@/data/awards-file';
import { DataLoadError, fetchJson } from '@/data/fetch-json';
import { nextTask } from '@/data/next-task';

type Bbox = [number, number, number, number];

/** One unit's outline as arc numbers, ring by ring (TopoJSON's `~i`: arc i walked backwards). */
export interface UnitShape {
  code: string;
  rings: number[][];
}

export interface Boundaries {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; prov: string }>;
  provinces: FeatureCollection<Polygon | MultiPolygon, { prov: string }>;
  /** [minLng, minLat, maxLng, maxLat] per region code, for fitting the camera. */
  bounds: Map<string, Bbox>;
  /** The shared borders, each as lng,lat pairs: a border between two units is stored (and projected) once. */
  arcs: Float64Array[];
  /** Regions and provinces as rings of arcs, so the 2D map can draw without building GeoJSON first. */
  shapes: { regions: UnitShape[]; provinces: UnitShape[] };
  /** The coarse file of a first national view (FIRST_BOUNDARIES_URL), not the full one. */
  coarse?: boolean;
  /** Where the file was fetched from (with the site's base): MapLibre's worker reads the same file. */
  url: string;
}

type TopoGeometry = { type: string | null; arcs?: number[][] | number[][][]; properties?: Record<string, string> };

/** Absolute coordinates of every arc (quantized files store deltas of integers). */
function decodeArcs(topo: Topology): Float64Array[] {
  const t = topo.transform;
  return (topo.arcs as number[][][]).map((arc) => {
    const out = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      const p = arc[i]!;
      if (t) {
        x += p[0]!;
        y += p[1]!;
        out[2 * i] = x * t.scale[0] + t.translate[0];
        out[2 * i + 1] = y * t.scale[1] + t.translate[1];
      } else {
        out[2 * i] = p[0]!;
        out[2 * i + 1] = p[1]!;
      }
    }
    return out;
  });
}

function arcBbox(a: Float64Array): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (let i = 0; i < a.length; i += 2) {
    if (a[i]! < box[0]) box[0] = a[i]!;
    if (a[i + 1]! < box[1]) box[1] = a[i + 1]!;
    if (a[i]! > box[2]) box[2] = a[i]!;
    if (a[i + 1]! > box[3]) box[3] = a[i + 1]!;
  }
  return box;
}

/**
 * Each unit's rings and its box (from its outer rings' arcs: holes lie inside them). Units without a
 * polygon (a boundary source that lacks them) are left out, as the GeoJSON layers leave them out.
 */
function shapesOf(geometries: TopoGeometry[], key: string, arcBoxes: Bbox[], bounds: Map<string, Bbox>): UnitShape[] {
  const out: UnitShape[] = [];
  for (const g of geometries) {
    const code = g.properties?.[key];
    if (!code || !g.arcs || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) continue;
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
    const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const polygon of polygons) {
      for (const i of polygon[0] ?? []) {
        const b = arcBoxes[i < 0 ? ~i : i]!;
        box[0] = Math.min(box[0], b[0]);
        box[1] = Math.min(box[1], b[1]);
        box[2] = Math.max(box[2], b[2]);
        box[3] = Math.max(box[3], b[3]);
      }
    }
    bounds.set(code, box);
    out.push({ code, rings: polygons.flat() });
  }
  return out;
}

/**
 * The boundary file, decoded only as far as the first map needs: arcs, rings and boxes. The GeoJSON that
 * MapLibre and the downloads read is built on first use — a class, not a plain object, so the query cache
 * does not walk (and so build) it.
 */
class TopoBoundaries implements Boundaries {
  readonly arcs: Float64Array[];
  readonly bounds = new Map<string, Bbox>();
  readonly shapes: Boundaries['shapes'];
  private geo: { regions?: Boundaries['regions']; provinces?: Boundaries['provinces'] } = {};

  constructor(
    private readonly topo: Topology,
    private readonly objects: { regions: GeometryCollection; provinces: GeometryCollection },
    readonly coarse: boolean,
    readonly url: string,
  ) {
    this.arcs = decodeArcs(topo);
    const boxes = this.arcs.map(arcBbox);
    this.shapes = {
      regions: shapesOf(objects.regions.geometries as TopoGeometry[], 'code', boxes, this.bounds),
      provinces: shapesOf(objects.provinces.geometries as TopoGeometry[], 'prov', boxes, this.bounds),
    };
  }

  get regions(): Boundaries['regions'] {
    return (this.geo.regions ??= feature(this.topo, this.objects.regions) as unknown as Boundaries['regions']);
  }

  get provinces(): Boundaries['provinces'] {
    return (this.geo.provinces ??= feature(this.topo, this.objects.provinces) as unknown as Boundaries['provinces']);
  }
}

/** Checks the file's shape and decodes it; a stale or truncated file fails with the file's name. */
export function boundariesFromTopology(topo: Topology, file = BOUNDARIES_URL, url = file): Boundaries {
  const objects = topo?.objects as Record<string, GeometryCollection> | undefined;
  if (topo?.type !== 'Topology' || !Array.isArray(topo.arcs) || !objects?.regions?.geometries || !objects.provinces?.geometries)
    throw new DataLoadError(file, 'unexpected file structure');
  return new TopoBoundaries(topo, { regions: objects.regions, provinces: objects.provinces }, file === FIRST_BOUNDARIES_URL, url);
}

async function loadBoundaries(file: string, signal?: AbortSignal): Promise<Boundaries> {
  const url = (import.meta.env.BASE_URL ?? '/') + file;
  const topo = (await fetchJson(url, signal)) as Topology;
  // The file's parse and its decode in tasks of their own (a phone spends ~100 ms on each).
  await nextTask();
  return boundariesFromTopology(topo, file, url);
}

/** One query definition for the map and the early start, so the file is fetched and decoded once. */
export const boundariesQuery = {
  queryKey: ['boundaries'] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => loadBoundaries(BOUNDARIES_URL, signal),
  staleTime: Infinity,
  retry: 1,
};

let early: Promise<Boundaries> | null = null;

/**
 * The coarse file as the page's first map asks for it before React is in (src/app/first-map.ts); the query's
 * first run takes the promise over, so it is fetched and decoded once. A failure is forgotten (the query retries).
 */
export function loadFirstBoundaries(): Promise<Boundaries> {
  early ??= loadBoundaries(FIRST_BOUNDARIES_URL).catch((e: unknown) => {
    early = null;
    throw e;
  });
  return early;
}

/** The coarse file of a first national view; the start-up asks for it only when the address opens one. */
export const firstBoundariesQuery = {
  queryKey: ['boundaries', 'first'] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => {
    const first = early;
    early = null;
    return first ?? loadBoundaries(FIRST_BOUNDARIES_URL, signal);
  },
  staleTime: Infinity,
  retry: 1,
};
