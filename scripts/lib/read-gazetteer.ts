import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { createGazetteer, type Gazetteer } from '../../src/domain/regions';

const require = createRequire(import.meta.url);

/** Folder of idn-area-data's CSV files (ODbL data). */
export function idnAreaDataDir(): string {
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** A CSV file with a header row as objects; a parse error stops the build with the file's name. */
export function readCsv(path: string): Record<string, string>[] {
  const r = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  if (r.errors.length) throw new Error(`${path}: ${r.errors[0]!.message}`);
  return r.data;
}

/** The gazetteer from the installed idn-area-data package (38 provinces, 514 kabupaten/kota). */
export function readGazetteer(): Gazetteer {
  const dir = idnAreaDataDir();
  const provinces = readCsv(join(dir, 'provinces.csv')).map((r) => ({ code: r.code!, name: r.name! }));
  const regencies = readCsv(join(dir, 'regencies.csv')).map((r) => ({ code: r.code!, name: r.name!, provinceCode: r.province_code! }));
  return createGazetteer(provinces, regencies);
}
