import type { Place, PlaceKind } from './places';
import { nameEntry, wordRank, type NameEntry } from './search-words';

/** Places prepared once for matching as the user types (16,000 names: a loop per keystroke is ~1 ms). */
export interface PlaceIndex {
  entries: (Place & NameEntry)[];
}

export function indexPlaces(places: readonly Place[]): PlaceIndex {
  return { entries: places.map((p) => ({ ...p, ...nameEntry(p.name) })) };
}

/**
 * Rank of a place match: always after every match on a region's own name (those are 0–4), a kecamatan before a
 * kelurahan of the same fit. No match inside a word: with 16,000 names "ban" would hit hundreds.
 */
const PLACE_RANK = 10;

export interface PlaceMatch {
  place: Place;
  rank: number;
}

/** Places whose name fits the typed words (see `wordRank`), optionally of one kind only. */
export function matchPlaces(typed: readonly string[], index: PlaceIndex, kind?: PlaceKind): PlaceMatch[] {
  const hits: PlaceMatch[] = [];
  for (const e of index.entries) {
    if (kind && e.kind !== kind) continue;
    const r = wordRank(typed, e, false);
    if (r !== null) hits.push({ place: { name: e.name, kind: e.kind, regencyCode: e.regencyCode }, rank: PLACE_RANK + r + (e.kind === 'kelurahan' ? 0.5 : 0) });
  }
  return hits;
}
