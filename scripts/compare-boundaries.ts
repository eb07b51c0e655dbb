/**
 * Measures the open boundary build against GADM: area overlap per unit, villages inside their own
 * polygon, and side-by-side renders of a few provinces. Builds both sources into .cache/ and writes
 * .cache/boundary-comparison.json (numbers for docs/boundaries.md) and docs/img/boundaries-<province>.svg.
 *
 *   npm run compare-boundaries
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature as topojsonFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { bboxOf, createLocator, shareInsideOwn } from './boundaries/locate-points';
import { UNITS_INSIDE_PARENT } from './boundaries/new-units';
import { readSeeds } from './boundaries/open-seeds';
import { renderProvinces } from './boundaries/render-svg';
import { buildBoundaries } from './build-boundaries';
import { median } from './lib/median';
import { readGazetteer } from './lib/read-gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
type Area = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

/** Grid step in degrees for the area comparison (~1.1 km); each sample is weighted by cos(latitude). */
const STEP = 0.01;
const RENDERED_PROVINCES = ['31', '32', '74', '96'];

function regionsOf(dir: string): Area {
  const topo = JSON.parse(readFileSync(join(dir, 'boundaries.topo.json'), 'utf8')) as Topology;
  const fc = topojsonFeature(topo, topo.objects.regions!) as unknown as Area;
  return { type: 'FeatureCollection', features: fc.features.map((f) => ({ ...f, properties: { code: String(f.id) } })) };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

async function main() {
  const openDir = join(root, '.cache/boundaries-open');
  const gadmDir = join(root, '.cache/boundaries-gadm');
  await buildBoundaries({ source: 'open', outDir: openDir });
  await buildBoundaries({ source: 'gadm', outDir: gadmDir });
  const open = regionsOf(openDir);
  const gadm = regionsOf(gadmDir);
  const gazetteer = readGazetteer();

  // Area overlap (intersection over union) per unit both sources have, by weighted grid sampling.
  const inOpen = createLocator(open.features);
  // GADM draws the 17 units created in 2012–2014 inside their parents: compare parent+children with the parent too.
  const parentOf = new Map(UNITS_INSIDE_PARENT.map((u) => [u.code, u.coveredBy]));
  const inOpenMerged = (x: number, y: number) => {
    const c = inOpen(x, y);
    return c && (parentOf.get(c) ?? c);
  };
  const inGadm = createLocator(gadm.features);
  const gadmCodes = new Set(gadm.features.map((f) => f.properties.code));
  const [x0, y0, x1, y1] = bboxOf([...open.features, ...gadm.features]);
  const overlapBy = (locateOpen: (x: number, y: number) => string | null) => {
    const both = new Map<string, number>();
    const either = new Map<string, number>();
    const add = (m: Map<string, number>, k: string, w: number) => m.set(k, (m.get(k) ?? 0) + w);
    for (let iy = Math.ceil(y0 / STEP); iy * STEP <= y1; iy++) {
      const y = iy * STEP;
      const w = Math.cos((y * Math.PI) / 180);
      for (let ix = Math.ceil(x0 / STEP); ix * STEP <= x1; ix++) {
        const a = locateOpen(ix * STEP, y);
        const b = inGadm(ix * STEP, y);
        if (a && a === b) {
          add(both, a, w);
          add(either, a, w);
          continue;
        }
        if (a && gadmCodes.has(a)) add(either, a, w);
        if (b) add(either, b, w);
      }
    }
    return [...gadmCodes]
      .map((code) => ({ code, name: gazetteer.byCode.get(code)?.name ?? code, iou: round3((both.get(code) ?? 0) / (either.get(code) ?? 1)) }))
      .sort((a, b) => a.iou - b.iou || a.code.localeCompare(b.code));
  };
  const overlap = overlapBy(inOpen);
  const overlapMerged = overlapBy(inOpenMerged);
  const summary = (o: typeof overlap) => ({
    median: round3(median(o.map((x) => x.iou))),
    under80: o.filter((x) => x.iou < 0.8).length,
    under50: o.filter((x) => x.iou < 0.5).length,
    worstTen: o.slice(0, 10),
  });

  const { villages } = readSeeds(gazetteer);
  const openInside = shareInsideOwn(villages, inOpen);
  const gadmVillages = villages.filter((v) => gadmCodes.has(v.code));
  const gadmInside = shareInsideOwn(gadmVillages, inGadm);
  const openOnCommon = shareInsideOwn(gadmVillages, inOpen);
  const openReport = JSON.parse(readFileSync(join(openDir, 'boundary-report.json'), 'utf8')) as { bytes: unknown; open: { villagesInside: unknown } };
  const gadmReport = JSON.parse(readFileSync(join(gadmDir, 'boundary-report.json'), 'utf8')) as { bytes: unknown };

  const result = {
    gridStepDegrees: STEP,
    commonUnits: overlap.length,
    areaOverlap: summary(overlap),
    areaOverlapNewUnitsInParents: summary(overlapMerged),
    villagesInsideOwnPolygon: {
      open: { all514: { inside: openInside.inside, total: openInside.total }, common497: { inside: openOnCommon.inside, total: openOnCommon.total } },
      gadm: { common497: { inside: gadmInside.inside, total: gadmInside.total } },
      openBeforeSimplification: openReport.open.villagesInside,
    },
    bytes: { open: openReport.bytes, gadm: gadmReport.bytes },
  };
  mkdirSync(join(root, 'docs/img'), { recursive: true });
  writeFileSync(join(root, '.cache/boundary-comparison.json'), `${JSON.stringify(result, null, 1)}\n`);
  for (const prov of RENDERED_PROVINCES) {
    const name = gazetteer.byCode.get(prov)?.name ?? prov;
    writeFileSync(
      join(root, `docs/img/boundaries-${prov}.svg`),
      renderProvinces(
        name,
        [
          { title: 'GADM 4.1', regions: gadm },
          { title: 'Open (Voronoi + Natural Earth)', regions: open },
        ],
        prov,
      ),
    );
  }
  const worst = (o: typeof overlap) => o.slice(0, 10).map((x) => `${x.code} ${x.name} ${x.iou}`);
  console.log(JSON.stringify({ ...result, areaOverlap: worst(overlap), areaOverlapNewUnitsInParents: worst(overlapMerged) }, null, 1));
}

void main();
