import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { BOUNDARIES_URL } from '@/data/awards-file';
import { DataLoadError, fetchJson } from '@/data/fetch-json';
import { geometryBbox } from '@/domain/geometry-bbox';

export interface Boundaries {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string; name: string; prov: string }>;
  provinces: FeatureCollection<Polygon | MultiPolygon, { prov: string }>;
  /** [minLng, minLat, maxLng, maxLat] per region code, for fitting the camera. */
  bounds: Map<string, [number, number, number, number]>;
}

async function loadBoundaries(signal?: AbortSignal): Promise<Boundaries> {
  const url = (import.meta.env.BASE_URL ?? '/') + BOUNDARIES_URL;
  const topo = (await fetchJson(url, signal)) as Topology;
  const objects = topo?.objects as Record<string, GeometryCollection> | undefined;
  if (topo?.type !== 'Topology' || !objects?.regions || !objects.provinces) throw new DataLoadError(BOUNDARIES_URL, 'unexpected file structure');
  const regions = feature(topo, objects.regions) as unknown as Boundaries['regions'];
  const provinces = feature(topo, objects.provinces) as unknown as Boundaries['provinces'];
  const bounds = new Map<string, [number, number, number, number]>();
  for (const f of regions.features) bounds.set(f.properties.code, geometryBbox(f.geometry));
  for (const f of provinces.features) bounds.set(f.properties.prov, geometryBbox(f.geometry));
  return { regions, provinces, bounds };
}

/** One query definition for the map and the early start, so the file is fetched and decoded once. */
export const boundariesQuery = {
  queryKey: ['boundaries'] as const,
  queryFn: ({ signal }: { signal?: AbortSignal }) => loadBoundaries(signal),
  staleTime: Infinity,
  retry: 1,
};
