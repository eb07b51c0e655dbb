/**
 * idn-area-data's kecamatan and kelurahan names → public/data/places.json, for the search box (town names
 * people use: Kandangan, Cibinong, Semarapura, Pangkalan Balai). Loaded only when search is first used, never
 * in the first view. Desa (rural villages, 75,000 names) are left out: they would make the file ~355 KB gzip
 * against ~70 KB, and the towns people name a region by are kecamatan seats and kelurahan.
 * Usage: tsx scripts/build-places.ts [--out public/data/places.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { PLACE_SEPARATOR, type PlacesFile } from '../src/domain/places';
import { idnAreaDataDir, readCsv } from './lib/read-gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Kemendagri numbers a kelurahan 1xxx within its kecamatan, a desa 2xxx (and a Papuan desa adat 3xxx). */
const isKelurahan = (villageCode: string) => /^\d{2}\.\d{2}\.\d{2}\.1\d{3}$/.test(villageCode);

export function buildPlaces(districts: Record<string, string>[], villages: Record<string, string>[], source: string): PlacesFile {
  const byRegency = new Map<string, { kecamatan: Set<string>; kelurahan: Set<string> }>();
  const entry = (code: string) => {
    let e = byRegency.get(code);
    if (!e) byRegency.set(code, (e = { kecamatan: new Set(), kelurahan: new Set() }));
    return e;
  };
  const clean = (name: string) => {
    const n = name.replace(/\s+/g, ' ').trim();
    if (n.includes(PLACE_SEPARATOR)) throw new Error(`place name "${n}" contains the separator ${PLACE_SEPARATOR}`);
    return n;
  };
  for (const d of districts) entry(d.regency_code!).kecamatan.add(clean(d.name!));
  for (const v of villages) {
    if (!isKelurahan(v.code!)) continue;
    const e = entry(v.district_code!.slice(0, 5));
    const name = clean(v.name!);
    // A kelurahan named like a kecamatan of the same kabupaten/kota would only repeat its suggestion.
    if (!e.kecamatan.has(name)) e.kelurahan.add(name);
  }
  const regencies = [...byRegency]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]): [string, string, string] => [code, [...e.kecamatan].join(PLACE_SEPARATOR), [...e.kelurahan].join(PLACE_SEPARATOR)]);
  return { source, regencies };
}

/** The places file from the installed idn-area-data package. */
export function readPlacesFile(): PlacesFile {
  const dir = idnAreaDataDir();
  const version = (JSON.parse(readFileSync(join(dir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  return buildPlaces(readCsv(join(dir, 'districts.csv')), readCsv(join(dir, 'villages.csv')), `idn-area-data ${version}`);
}

function main() {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? process.argv[outArg + 1]! : join(root, 'public/data/places.json');
  const file = readPlacesFile();
  const json = JSON.stringify(file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, json);
  const count = (i: number) => file.regencies.reduce((n, r) => n + (r[i] ? r[i]!.split(PLACE_SEPARATOR).length : 0), 0);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `build-places: ${count(1)} kecamatan + ${count(2)} kelurahan in ${file.regencies.length} kabupaten/kota; ${kb(json.length)} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip -9`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
