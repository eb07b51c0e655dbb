/**
 * GADM 4.1 level-2 features → current Kemendagri codes, by name within province.
 * GADM's CC_2 is deliberately ignored: it holds BPS numbers, and 161 of the values that look like a
 * current code point at a different unit (Merauke 9401 would land on 94.01 Nabire).
 */
import { compactKey, matchRegionName, type MatchMethod } from '../../src/domain/match-name';
import type { Gazetteer } from '../../src/domain/regions';

/** GADM provinces → current provinces (the 2022 Papua split; Kalimantan Utara from Kalimantan Timur in 2012). */
const GADM_PROVINCES: Record<string, string[]> = {
  Aceh: ['11'],
  SumateraUtara: ['12'],
  SumateraBarat: ['13'],
  Riau: ['14'],
  Jambi: ['15'],
  SumateraSelatan: ['16'],
  Bengkulu: ['17'],
  Lampung: ['18'],
  BangkaBelitung: ['19'],
  KepulauanRiau: ['21'],
  JakartaRaya: ['31'],
  JawaBarat: ['32'],
  JawaTengah: ['33'],
  Yogyakarta: ['34'],
  JawaTimur: ['35'],
  Banten: ['36'],
  Bali: ['51'],
  NusaTenggaraBarat: ['52'],
  NusaTenggaraTimur: ['53'],
  KalimantanBarat: ['61'],
  KalimantanTengah: ['62'],
  KalimantanSelatan: ['63'],
  KalimantanTimur: ['64', '65'],
  KalimantanUtara: ['65'],
  SulawesiUtara: ['71'],
  SulawesiTengah: ['72'],
  SulawesiSelatan: ['73'],
  SulawesiTenggara: ['74'],
  Gorontalo: ['75'],
  SulawesiBarat: ['76'],
  Maluku: ['81'],
  MalukuUtara: ['82'],
  Papua: ['91', '93', '94', '95'],
  PapuaBarat: ['92', '96'],
};

/** Lakes and reservoirs. Danau Limboto is typed Kabupaten and shares CC_2 7502 with Kabupaten Gorontalo. */
const GADM_WATER = new Set(['WadukCirata', 'WadukKedungombo', 'Danau', 'LakeToba', 'DanauLimboto']);

/** GADM spellings no general alias covers. */
const GADM_NAMES: Record<string, string> = {
  TanjungJabungB: 'Kabupaten Tanjung Jabung Barat',
  TanjungJabungT: 'Kabupaten Tanjung Jabung Timur',
};

export interface GadmProps {
  GID_2: string;
  NAME_1: string;
  NAME_2: string;
  TYPE_2: string;
  CC_2: string;
}

export type CrosswalkRow =
  | { gid: string; gadmName: string; gadmProvince: string; status: 'matched'; code: string; method: MatchMethod | 'gadm-name'; cc2Agrees: boolean | null }
  | { gid: string; gadmName: string; gadmProvince: string; status: 'water' }
  | { gid: string; gadmName: string; gadmProvince: string; status: 'unmatched'; reason: string };

export function crosswalkGadmFeature(p: GadmProps, gazetteer: Gazetteer): CrosswalkRow {
  const base = { gid: p.GID_2, gadmName: p.NAME_2, gadmProvince: p.NAME_1 };
  if (p.TYPE_2 === 'WaterBody' || GADM_WATER.has(p.NAME_2)) return { ...base, status: 'water' };
  const provinceCodes = GADM_PROVINCES[p.NAME_1];
  if (!provinceCodes) return { ...base, status: 'unmatched', reason: `unknown GADM province "${p.NAME_1}"` };
  // Only CC_2 values that look like a current code can mislead; the rest are plainly BPS numbers.
  const cc2Code = /^\d{4}$/.test(p.CC_2) ? `${p.CC_2.slice(0, 2)}.${p.CC_2.slice(2)}` : null;
  const cc2 = cc2Code && gazetteer.byCode.has(cc2Code) ? cc2Code : null;
  const special = GADM_NAMES[p.NAME_2];
  if (special) {
    const r = [...gazetteer.byCode.values()].find((x) => x.name === special);
    if (r) return { ...base, status: 'matched', code: r.code, method: 'gadm-name', cc2Agrees: cc2 === null ? null : cc2 === r.code };
  }
  // TYPE_2 settles the 25 Kota/Kabupaten name pairs; Kalimantan Utara's features have TYPE_2 = NA.
  const kind = p.TYPE_2 === 'Kota' ? 'kota' : p.TYPE_2 === 'Kabupaten' ? 'kabupaten' : 'kabkota';
  // GADM glues the kind to the name ("KotaSerang"); "KotaBaru" typed Kabupaten is Kabupaten Kotabaru.
  const name = kind === 'kota' && /^Kota[A-Z]/.test(p.NAME_2) ? p.NAME_2.slice(4) : p.NAME_2;
  const m = matchRegionName(name, gazetteer, { provinceCodes, kind, strict: true });
  if (m.kind === 'match') return { ...base, status: 'matched', code: m.code, method: m.method, cc2Agrees: cc2 === null ? null : cc2 === m.code };
  const why =
    m.kind === 'ambiguous'
      ? `ambiguous: ${m.candidates.map((c) => c.code).join(', ')}`
      : `no ${kind} named "${compactKey(p.NAME_2)}" in ${provinceCodes.join('/')}`;
  return { ...base, status: 'unmatched', reason: why };
}
