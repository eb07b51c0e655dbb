import type { Level } from './award-record';

/** A province or kabupaten/kota of the current Kemendagri gazetteer (idn-area-data). */
export interface Region {
  /** `NN` for a province, `NN.NN` for a kabupaten/kota. */
  code: string;
  level: Level;
  /** Display name in normal case: "Kabupaten Hulu Sungai Selatan", "Kota Banjarbaru". */
  name: string;
  /** Name without its kind prefix: "Hulu Sungai Selatan". */
  shortName: string;
  /** Own code for a province. */
  provinceCode: string;
}

/** Raw gazetteer rows as idn-area-data ships them. */
export interface GazetteerRow {
  code: string;
  name: string;
  provinceCode?: string;
}

export interface Gazetteer {
  provinces: Region[];
  regencies: Region[];
  byCode: ReadonlyMap<string, Region>;
}

const PROVINCE_CODE = /^\d{2}$/;
const REGENCY_CODE = /^\d{2}\.\d{2}$/;

export function isProvinceCode(code: string): boolean {
  return PROVINCE_CODE.test(code);
}
export function isRegencyCode(code: string): boolean {
  return REGENCY_CODE.test(code);
}

/** Kemendagri numbers cities 71 and up within their province. */
export function levelOfCode(code: string): Level | null {
  if (isProvinceCode(code)) return 'provinsi';
  if (!isRegencyCode(code)) return null;
  return Number(code.slice(3)) >= 71 ? 'kota' : 'kabupaten';
}

const LOWER_WORDS = new Set(['dan']);

/** Older gazetteer releases ship names in capitals; this gives "Kabupaten Toli-Toli", "Kota Padangsidimpuan". */
export function toDisplayCase(raw: string): string {
  if (raw !== raw.toUpperCase()) return raw.trim();
  return raw
    .toLowerCase()
    .split(/\s+/)
    .map((w, i) => (i > 0 && LOWER_WORDS.has(w) ? w : w.replace(/(^|[-'])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase())))
    .join(' ');
}

const KIND_PREFIX = /^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+/;

/** Shorter province names people use; the official ones are long. */
const PROVINCE_SHORT: Record<string, string> = { '31': 'DKI Jakarta', '34': 'DI Yogyakarta' };

export function createGazetteer(provinceRows: readonly GazetteerRow[], regencyRows: readonly GazetteerRow[]): Gazetteer {
  const provinces = provinceRows.map((r): Region => {
    if (!isProvinceCode(r.code)) throw new Error(`Gazetteer: bad province code "${r.code}"`);
    const name = toDisplayCase(r.name);
    return { code: r.code, level: 'provinsi', name, shortName: PROVINCE_SHORT[r.code] ?? name, provinceCode: r.code };
  });
  const provinceSet = new Set(provinces.map((p) => p.code));
  const regencies = regencyRows.map((r): Region => {
    const level = levelOfCode(r.code);
    if (!level || level === 'provinsi') throw new Error(`Gazetteer: bad kabupaten/kota code "${r.code}"`);
    const provinceCode = r.provinceCode ?? r.code.slice(0, 2);
    if (!provinceSet.has(provinceCode) || r.code.slice(0, 2) !== provinceCode) {
      throw new Error(`Gazetteer: ${r.code} names unknown province "${provinceCode}"`);
    }
    const name = toDisplayCase(r.name);
    return { code: r.code, level, name, shortName: name.replace(KIND_PREFIX, ''), provinceCode };
  });
  const byCode = new Map<string, Region>();
  for (const r of [...provinces, ...regencies]) {
    if (byCode.has(r.code)) throw new Error(`Gazetteer: duplicate code ${r.code}`);
    byCode.set(r.code, r);
  }
  return { provinces, regencies, byCode };
}

/** Whether a unit has its own polygon in the boundary file, or is drawn inside another unit's. */
export type PolygonStatus = { kind: 'own' } | { kind: 'inside'; coveredBy: string; villageShare?: number } | { kind: 'none' };

/** Where the boundary file came from, and what its licences ask the app to show. */
export interface BoundarySource {
  /** 'open', 'gadm41' or 'custom'. */
  id: string;
  label: string;
  licence: string;
  /** Shown in the footer next to the links. */
  attribution: string;
  /** Every upstream the attribution names, linked. */
  links: { label: string; href: string }[];
}

/** What the app loads: the gazetteer plus each unit's polygon status in the boundary build used. */
export interface RegionsFile {
  provinces: Region[];
  regencies: (Region & { polygon: PolygonStatus })[];
  boundarySource: BoundarySource;
}
