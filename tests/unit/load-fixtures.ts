import { join } from 'node:path';
import { buildAwards } from '../../scripts/build-awards';
import { readGazetteer } from '../../scripts/lib/read-gazetteer';

let gazetteer: Gazetteer | undefined;
/** The real gazetteer from the installed idn-area-data package. */
export function realGazetteer(): Gazetteer {
  return (gazetteer ??= readGazetteer());
}

export const repoRoot = join(__dirname, '..', '..');

/** The bundled dataset in data/, validated exactly as the build does it. */
export function bundledDataset() {
  return buildAwards(join(repoRoot, 'data'), realGazetteer());
}

import { UNITS_INSIDE_PARENT } from '../../scripts/boundaries/new-units';
import { toOutcomesFile } from '@/data/award-outcomes';
import { createDataset, type Dataset } from '@/domain/dataset';
import type { Gazetteer, RegionsFile } from '@/domain/regions';

/** regions.json as the GADM build writes it, without running mapshaper. */
export function testRegionsFile(): RegionsFile {
  const gz = realGazetteer();
  const inside = new Map(UNITS_INSIDE_PARENT.map((u) => [u.code, u]));
  return {
    provinces: gz.provinces,
    regencies: gz.regencies.map((r) => {
      const u = inside.get(r.code);
      return { ...r, polygon: u ? { kind: 'inside' as const, coveredBy: u.coveredBy, villageShare: u.villageShare } : { kind: 'own' as const } };
    }),
    boundarySource: {
      id: 'gadm41',
      label: 'GADM 4.1',
      licence: 'non-commercial',
      attribution: 'Batas wilayah: GADM 4.1 (non-komersial)',
      links: [{ label: 'GADM', href: 'https://gadm.org/license.html' }],
    },
  };
}

let dataset: Dataset | undefined;
export function testDataset(): Dataset {
  return (dataset ??= createDataset({ ...testRegionsFile(), ...bundledDataset().file }));
}

import { readPlacesFile } from '../../scripts/build-places';
import type { PlacesFile } from '@/domain/places';

let placesFile: PlacesFile | undefined;
/** public/data/places.json as the build writes it, from the installed idn-area-data package. */
export function realPlacesFile(): PlacesFile {
  return (placesFile ??= readPlacesFile());
}

/** The body the built site serves for a data URL (regions.json, awards-map.json, awards.json). */
export function dataFileBody(url: string): unknown {
  if (url.includes('regions.json')) return testRegionsFile();
  if (url.includes('awards-map.json')) return toOutcomesFile(bundledDataset().file);
  return bundledDataset().file;
}
