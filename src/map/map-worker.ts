/**
 * MapLibre's worker with one addition: GeoJSON sources whose address is a boundary file's object
 * (src/map/boundary-source.ts) are decoded here from the TopoJSON file, off the page's thread.
 */
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { fetchJson } from '@/data/fetch-json';
import { BOUNDARY_PROTOCOL, parseBoundarySourceUrl, type BoundaryObject } from './boundary-source';

interface MapLibreWorkerScope {
  addProtocol(protocol: string, load: (params: { url: string }) => Promise<{ data: unknown }>): void;
  worker: {
    actor: { registerMessageHandler(type: string, handler: (mapId: string, params: LoadParams) => Promise<LoadResult>): void };
    _getWorkerSource(mapId: string, type: string, source: string): { loadData(params: LoadParams): Promise<LoadResult> };
  };
}
interface LoadParams {
  type: string;
  source: string;
  request?: { url: string };
}
type LoadResult = { data?: unknown } & Record<string, unknown>;

const scope = self as unknown as MapLibreWorkerScope;

/** Each file once per worker for both its objects, forgotten once both have asked (or its download failed). */
const files = new Map<string, { topo: Promise<Topology>; left: Set<BoundaryObject> }>();

// One download serves both objects, so it is not tied to either source's abort.
scope.addProtocol(BOUNDARY_PROTOCOL, async (params) => {
  const src = parseBoundarySourceUrl(params.url);
  if (!src) throw new Error(`Not a boundary source: ${params.url}`);
  const entry = files.get(src.file) ?? { topo: fetchJson(src.file) as Promise<Topology>, left: new Set<BoundaryObject>(['regions', 'provinces']) };
  files.set(src.file, entry);
  entry.left.delete(src.object);
  if (entry.left.size === 0) files.delete(src.file);
  const topo = await entry.topo.catch((e: unknown) => {
    files.delete(src.file);
    throw e;
  });
  const object = topo.objects?.[src.object];
  if (!object) throw new Error(`${src.file}: no ${src.object}`);
  return { data: feature(topo, object) };
});

// MapLibre sends the data of a source loaded from an address back to the page, as the source's copy of it: for
// the boundary objects that would be the clone this worker is here to save. The page never reads it back.
const worker = scope.worker;
worker.actor.registerMessageHandler('LD', async (mapId, params) => {
  const result = await worker._getWorkerSource(mapId, params.type, params.source).loadData(params);
  if (params.request && parseBoundarySourceUrl(params.request.url)) delete result.data;
  return result;
});
