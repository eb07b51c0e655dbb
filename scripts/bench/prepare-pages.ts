import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { highestOutcome } from '../../src/domain/category-status';
import { createDataset } from '../../src/domain/dataset';
import type { RegionsFile } from '../../src/domain/regions';
import { selectRegionRows } from '../../src/domain/select-regions';
import type { AwardsFile } from '../../src/data/awards-file';
import { baseStyle, hatchPattern, mapStyle } from '../../src/map/map-style';
import { paintStates } from '../../src/shared/region-paint';
import { crosswalkGadmFeature, type GadmProps } from '../boundaries/gadm-crosswalk';
import { readGazetteer } from '../lib/read-gazetteer';
import { benchDir, require, root } from './bench-config';

/** Baseline pages, MapLibre's prebuilt bundle, the raw GADM file and its join to award categories. */
export function prepareBaselines() {
  mkdirSync(benchDir, { recursive: true });
  const pages = join(root, 'scripts/bench/pages');
  // The baselines draw with the app's own style (background, no paint fades), so differences are the data.
  const awards = JSON.parse(readFileSync(join(root, 'public/data/awards.json'), 'utf8')) as AwardsFile;
  const bare = bareMap(awards);
  for (const f of readdirSync(pages)) {
    const text = readFileSync(join(pages, f), 'utf8')
      .replace('__APP_STYLE__', JSON.stringify(baseStyle()))
      .replace('__BARE_STYLE__', JSON.stringify(bare.style))
      .replace('__BARE_STATES__', JSON.stringify(bare.states))
      .replace('__BARE_HATCH__', JSON.stringify(bare.hatch));
    writeFileSync(join(benchDir, f), text);
  }
  const maplibre = dirname(require.resolve('maplibre-gl/package.json'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs']) copyFileSync(join(maplibre, 'dist', f), join(benchDir, f));
  copyFileSync(join(maplibre, 'dist/maplibre-gl.css'), join(benchDir, 'maplibre-gl.css'));
  const gadmPath = require.resolve('geojson-indonesia/geojson/gadm41_IDN_2.json');
  copyFileSync(gadmPath, join(benchDir, 'gadm.json'));
  const gadm = JSON.parse(readFileSync(gadmPath, 'utf8')) as { features: { properties: GadmProps }[] };
  const year = Math.max(...awards.records.map((r) => r.year));
  const gz = readGazetteer();
  const joins = gadm.features.map((f) => {
    const row = crosswalkGadmFeature(f.properties, gz);
    if (row.status !== 'matched') return null;
    return { code: row.code, category: highestOutcome(awards.records.filter((r) => r.code === row.code && r.year === year)) ?? null };
  });
  writeFileSync(join(benchDir, 'joins.json'), JSON.stringify(joins));
}

/** The bare page's inputs: the app's style and start colours, and topojson-client to read the app's boundary file. */
function bareMap(awards: AwardsFile) {
  copyFileSync(require.resolve('topojson-client/dist/topojson-client.min.js'), join(benchDir, 'topojson-client.min.js'));
  const style = mapStyle();
  const regions = JSON.parse(readFileSync(join(root, 'public/data/regions.json'), 'utf8')) as RegionsFile;
  const ds = createDataset({ ...regions, ...awards });
  const rows = selectRegionRows(ds, { year: ds.latestYear, provinces: [], categories: [], changes: [] });
  const hatch = hatchPattern();
  return { style, states: Object.fromEntries(paintStates(rows, null)), hatch: { width: hatch.width, height: hatch.height, data: [...hatch.data] } };
}
