import type { Gazetteer } from './regions';

/**
 * Places inside a kabupaten/kota that people name a region by: kecamatan (districts) and kelurahan (urban
 * villages), from idn-area-data. "Kandangan" is a kecamatan of Hulu Sungai Selatan, "Semarapura" a town of
 * kelurahan in Klungkung. Each place points to its kabupaten/kota: the map knows no finer unit.
 */
export type PlaceKind = 'kecamatan' | 'kelurahan';
const PLACE_KINDS: readonly PlaceKind[] = ['kecamatan', 'kelurahan'];

/**
 * public/data/places.json (scripts/build-places.ts): one row per kabupaten/kota, its place names of each kind
 * joined by `|` (in PLACE_KINDS order), so 16,000 names cost ~70 KB gzip rather than a code per name.
 */
export interface PlacesFile {
  source: string;
  regencies: [code: string, ...names: string[]][];
}

export const PLACE_SEPARATOR = '|';

export interface Place {
  name: string;
  kind: PlaceKind;
  regencyCode: string;
}

/** The file's rows as places, leaving out any that point to a code the gazetteer does not hold. */
export function placesOf(file: PlacesFile, gazetteer: Pick<Gazetteer, 'byCode'>): Place[] {
  const places: Place[] = [];
  for (const [code, ...lists] of file.regencies) {
    const region = gazetteer.byCode.get(code);
    if (!region || region.level === 'provinsi') continue;
    PLACE_KINDS.forEach((kind, i) => {
      for (const name of (lists[i] ?? '').split(PLACE_SEPARATOR)) if (name) places.push({ name, kind, regencyCode: code });
    });
  }
  return places;
}
