import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { formatIssue } from '../../src/data/dataset-issue';
import { createDataset, type Dataset } from '../../src/domain/dataset';
import type { RegionsFile } from '../../src/domain/regions';
import { buildAwards } from '../build-awards';
import { readGazetteer } from '../lib/read-gazetteer';

export interface PageGeometry {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string; prov: string }>;
  provinces: FeatureCollection<Polygon | MultiPolygon, { prov: string }>;
}

/**
 * The dataset the pages are written from: the award files read and checked by the same validation code as the
 * data build (data/awards.csv, editions.json, criteria.json), joined to the gazetteer and polygon status the
 * boundary build wrote (public/data/regions.json, made by prepare-data before every build). A bad row stops
 * the build with its file and line, as prepare-data does.
 */
export function readPageDataset(root: string): Dataset {
  const { file, errors } = buildAwards(join(root, 'data'), readGazetteer());
  if (errors.length) throw new Error(`region pages: the award data has errors:\n${errors.map(formatIssue).join('\n')}`);
  const regions = JSON.parse(readFileSync(join(root, 'public/data/regions.json'), 'utf8')) as RegionsFile;
  return createDataset({ ...regions, ...file });
}

/** The boundary file as GeoJSON, for the social images. */
export function readPageGeometry(root: string): PageGeometry {
  const topo = JSON.parse(readFileSync(join(root, 'public/data/boundaries.topo.json'), 'utf8')) as Topology;
  const objects = topo.objects as Record<string, Parameters<typeof feature>[1]>;
  return {
    regions: feature(topo, objects.regions!) as unknown as PageGeometry['regions'],
    provinces: feature(topo, objects.provinces!) as unknown as PageGeometry['provinces'],
  };
}
