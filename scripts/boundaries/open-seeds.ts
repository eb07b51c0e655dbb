/**
 * Seed points for the open boundary build: every village of geografis (MIT; Permendagri 72/2019 codes with
 * coordinates) and every named island of idn-area-data (ODbL; current codes with coordinates), each keyed
 * by the current kabupaten/kota code.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Papa from 'papaparse';
import { matchRegionName } from '../../src/domain/match-name';
import { levelOfCode, type Gazetteer } from '../../src/domain/regions';
import { idnAreaDataDir } from '../lib/read-gazetteer';

const require = createRequire(import.meta.url);

export interface Seed {
  /** Current kabupaten/kota code. */
  code: string;
  lon: number;
  lat: number;
  kind: 'village' | 'island';
  /** Village or island code in its source. */
  id: string;
}

interface GeografisVillage {
  code: string;
  city: string;
  latitude: number;
  longitude: number;
}

/**
 * The 2022 Papua split renumbered regencies into four new provinces (93–96); geografis predates it.
 * Its old Papua (91) and Papua Barat (92) regencies are found by name among the provinces that replaced them.
 */
const SPLIT_PROVINCES: Record<string, string[]> = { '91': ['91', '93', '94', '95'], '92': ['92', '96'] };

function compact(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** Maps each geografis regency code to the current one; throws when a regency cannot be placed. */
export function currentCodeMap(villages: readonly GeografisVillage[], gazetteer: Gazetteer): Map<string, string> {
  const nameOf = new Map<string, string>();
  for (const v of villages) if (!nameOf.has(v.code.slice(0, 5))) nameOf.set(v.code.slice(0, 5), v.city);
  const map = new Map<string, string>();
  const problems: string[] = [];
  for (const [oldCode, name] of [...nameOf].sort(([a], [b]) => a.localeCompare(b))) {
    // Outside Papua, Kemendagri codes have been stable since 2019; only spellings moved ("Pangkajene [dan] Kepulauan").
    const same = gazetteer.byCode.get(oldCode);
    if (same && (!SPLIT_PROVINCES[oldCode.slice(0, 2)] || compact(same.name) === compact(name))) {
      map.set(oldCode, oldCode);
      continue;
    }
    const provinceCodes = SPLIT_PROVINCES[oldCode.slice(0, 2)] ?? [oldCode.slice(0, 2)];
    const level = levelOfCode(oldCode);
    const m = matchRegionName(name, gazetteer, { provinceCodes, kind: level === 'kota' ? 'kota' : 'kabupaten', strict: true });
    if (m.kind === 'match') map.set(oldCode, m.code);
    else problems.push(`${oldCode} ${name}: ${m.kind}`);
  }
  const targets = new Set(map.values());
  if (problems.length || targets.size !== map.size) {
    throw new Error(`geografis regencies without one current code: ${problems.join('; ') || 'two old codes map to one current code'}`);
  }
  return map;
}

function readVillages(): GeografisVillage[] {
  return JSON.parse(readFileSync(require.resolve('geografis/data/json/data.json'), 'utf8')) as GeografisVillage[];
}

/** `03°19'03.44" N 097°07'41.73" E` → [lon, lat]. */
export function parseDms(text: string): [number, number] | null {
  const m = /^(\d+)°(\d+)'([\d.]+)"\s*([NS])\s+(\d+)°(\d+)'([\d.]+)"\s*([EW])$/.exec(text.trim());
  if (!m) return null;
  const deg = (d: string, mi: string, s: string, hemi: string, neg: string) => (Number(d) + Number(mi) / 60 + Number(s) / 3600) * (hemi === neg ? -1 : 1);
  return [deg(m[5]!, m[6]!, m[7]!, m[8]!, 'W'), deg(m[1]!, m[2]!, m[3]!, m[4]!, 'S')];
}

function readIslands(gazetteer: Gazetteer): Seed[] {
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(idnAreaDataDir(), 'islands.csv'), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
  const seeds: Seed[] = [];
  for (const r of rows) {
    const at = parseDms(r.coordinate ?? '');
    // A few islands carry no regency or an unreadable coordinate; they add nothing a village does not.
    if (!at || !r.regency_code || !gazetteer.byCode.has(r.regency_code)) continue;
    seeds.push({ code: r.regency_code, lon: at[0], lat: at[1], kind: 'island', id: r.code! });
  }
  return seeds;
}

export interface SeedSet {
  villages: Seed[];
  islands: Seed[];
  /** geografis code → current code, for the ones that changed (Papua). */
  renamed: [string, string][];
}

export function readSeeds(gazetteer: Gazetteer): SeedSet {
  const raw = readVillages();
  const codeMap = currentCodeMap(raw, gazetteer);
  const villages = raw.map((v): Seed => ({ code: codeMap.get(v.code.slice(0, 5))!, lon: v.longitude, lat: v.latitude, kind: 'village', id: v.code }));
  return { villages, islands: readIslands(gazetteer), renamed: [...codeMap].filter(([a, b]) => a !== b) };
}
