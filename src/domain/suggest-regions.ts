import type { Level } from './award-record';
import { matchRegionName } from './match-name';
import type { PlaceKind } from './places';
import { REGION_ALIASES } from './region-aliases';
import type { Gazetteer, Region } from './regions';
import { nameEntry, searchWords, wordRank, type NameEntry } from './search-words';
import { matchPlaces, type PlaceIndex } from './suggest-places';

/** One line of the search box's list: the unit and why it came up. */
export interface RegionSuggestion {
  code: string;
  /** Lower is better: exact name or alias, prefix, word start, anywhere in the name, typo; places from 10 on. */
  rank: number;
  /** The alias or Kemendagri code the text matched, to show beside the name ("HSS", "16.07"). */
  alias?: string;
  /** The kecamatan or kelurahan the text named, inside this kabupaten/kota. */
  place?: { name: string; kind: PlaceKind };
}

/** Kind words people type with a name: "kab banyuasin", "palembang kota". */
const KIND_WORDS: Record<string, Level> = {
  kab: 'kabupaten',
  kabupaten: 'kabupaten',
  pemkab: 'kabupaten',
  kota: 'kota',
  pemkot: 'kota',
  pemko: 'kota',
  provinsi: 'provinsi',
  prov: 'provinsi',
  pemprov: 'provinsi',
};

/** Kind words for places: "kec kandangan", "kelurahan semarapura kaja". */
const PLACE_KIND_WORDS: Record<string, PlaceKind> = { kec: 'kecamatan', kecamatan: 'kecamatan', kel: 'kelurahan', kelurahan: 'kelurahan' };

interface Entry extends NameEntry {
  region: Region;
}

const entriesCache = new WeakMap<Gazetteer, { entries: Entry[]; aliases: { key: string; alias: string; regions: Region[] }[] }>();

function entriesFor(g: Gazetteer) {
  const hit = entriesCache.get(g);
  if (hit) return hit;
  // Words of the name without its kind ("hulu", "sungai", "selatan").
  const entries = [...g.provinces, ...g.regencies].map((region) => ({ region, ...nameEntry(region.shortName) }));
  const byName = new Map([...g.provinces, ...g.regencies].map((r) => [r.name, r]));
  const aliases = REGION_ALIASES.map((a) => ({
    key: searchWords(a.alias).join(''),
    alias: a.alias,
    regions: a.targets.map((t) => byName.get(t)).filter((r): r is Region => r !== undefined),
  }));
  const built = { entries, aliases };
  entriesCache.set(g, built);
  return built;
}

/** "16.07", "1607", "16 07" (Kemendagri, BPS): that unit; "16" the province and then its units; "16.0" the units so numbered. */
const CODE_TEXT = /^(\d{2})(?:[.\s]?(\d{1,2}))?\.?$/;

function suggestByCode(text: string, g: Gazetteer): RegionSuggestion[] | null {
  const m = CODE_TEXT.exec(text.trim());
  if (!m) return null;
  const [, province, unit] = m;
  const exact = unit?.length === 2 ? `${province}.${unit}` : unit ? null : province!;
  const prefix = `${province}.${unit ?? ''}`;
  const out: RegionSuggestion[] = [];
  const own = exact ? g.byCode.get(exact) : undefined;
  if (own) out.push({ code: own.code, rank: 0, alias: own.code });
  if (!unit || unit.length === 1) {
    // In code order, after the exact unit: the rank carries the order.
    g.regencies.filter((r) => r.code.startsWith(prefix)).forEach((r, i) => out.push({ code: r.code, rank: 1 + i / 1000, alias: r.code }));
  }
  return out;
}

/**
 * Suggestions for what is typed in the search box, best first: the exact name or a short name people use
 * (HSS, Kotim, Sitaro), names that start with the text ("banyu" → Banyuasin, Banyumas, Banyuwangi), names
 * with a word starting with each typed word ("hulu sungai" → Selatan, Tengah, Utara), then the text anywhere
 * in a name; typo-tolerant only when none of those fits. Kind words (kab, kota, provinsi) narrow the list.
 * A Kemendagri code ("16.07", "1607") names its unit. With `places` loaded, kecamatan and kelurahan names follow
 * every match on a region's own name ("Kandangan" → Hulu Sungai Selatan), one line per kabupaten/kota.
 */
export function suggestRegions(text: string, gazetteer: Gazetteer, limit = 8, places?: PlaceIndex): RegionSuggestion[] {
  const byCode = gazetteer.byCode;
  const all = searchWords(text);
  const kind = all.map((w) => KIND_WORDS[w]).find(Boolean);
  const placeKind = all.map((w) => PLACE_KIND_WORDS[w]).find(Boolean);
  const typed = all.filter((w) => !KIND_WORDS[w] && !PLACE_KIND_WORDS[w]);
  if (typed.length === 0) return [];
  const best = new Map<string, RegionSuggestion>();
  const offer = (s: RegionSuggestion) => {
    const had = best.get(s.code);
    // Of two places in one unit that fit alike, the first by name: the line does not depend on the file's order.
    const before = had && s.rank === had.rank && s.place && had.place && s.place.name.localeCompare(had.place.name, 'id') < 0;
    if (!had || s.rank < had.rank || before) best.set(s.code, s);
  };
  const codes = suggestByCode(text, gazetteer);
  if (codes) codes.forEach(offer);
  else if (!placeKind) {
    const allowed = (r: Region) => !kind || r.level === kind;
    const { entries, aliases } = entriesFor(gazetteer);
    const q = typed.join('');
    for (const a of aliases) {
      const rank = a.key === q ? 0 : a.key.startsWith(q) && q.length >= 2 ? 1.5 : null;
      if (rank === null) continue;
      for (const r of a.regions) if (allowed(r)) offer({ code: r.code, rank, alias: a.alias });
    }
    for (const e of entries) {
      if (!allowed(e.region)) continue;
      const rank = wordRank(typed, e);
      if (rank !== null) offer({ code: e.region.code, rank });
    }
    if (best.size === 0) {
      const m = matchRegionName(text, gazetteer);
      for (const c of m.candidates) offer({ code: c.code, rank: 4 });
    }
  }
  // A kind word (kab, kota) that found its region asks for that region; without one, places may still say it.
  if (places && !codes && (!kind || best.size === 0)) {
    for (const { place, rank } of matchPlaces(typed, places, placeKind)) {
      if (byCode.has(place.regencyCode)) offer({ code: place.regencyCode, rank, place: { name: place.name, kind: place.kind } });
    }
  }
  return [...best.values()]
    .sort((a, b) => {
      const ra = byCode.get(a.code)!;
      const rb = byCode.get(b.code)!;
      // At one rank: kabupaten/kota before provinces (what people search most), then by place and region name.
      return (
        a.rank - b.rank ||
        Number(ra.level === 'provinsi') - Number(rb.level === 'provinsi') ||
        (a.place?.name ?? '').localeCompare(b.place?.name ?? '', 'id') ||
        ra.name.localeCompare(rb.name, 'id')
      );
    })
    .slice(0, limit);
}
