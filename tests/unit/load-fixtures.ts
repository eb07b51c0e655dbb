import { join } from 'node:path';
import { buildAwards } from '../../scripts/build-awards';
import { readGazetteer } from '../../scripts/lib/read-gazetteer';
import type { Gazetteer } from '@/domain/regions';

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
