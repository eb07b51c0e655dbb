import type { Level } from './award-record';
import { matchRegionName } from './match-name';
import { REGION_ALIASES } from './region-aliases';
import type { Gazetteer, Region } from './regions';

/** One line of the search box's list: the unit and why it came up. */
export interface RegionSuggestion {
  code: string;
  /** Lower is better: exact name or alias, prefix, word start, anywhere in the name, typo. */
  rank: number;
  /** The alias the text matched, to show beside the name ("HSS"). */
  alias?: string;
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

const words = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

interface Entry {
  region: Region;
  /** Words of the name without its kind ("hulu", "sungai", "selatan"). */
  nameWords: string[];
  joined: string;
}

const entriesCache = new WeakMap<Gazetteer, { entries: Entry[]; aliases: { key: string; alias: string; regions: Region[] }[] }>();

function entriesFor(g: Gazetteer) {
  const hit = entriesCache.get(g);
  if (hit) return hit;
  const entries = [...g.provinces, ...g.regencies].map((region) => {
    const nameWords = words(region.shortName);
    return { region, nameWords, joined: nameWords.join('') };
  });
  const byName = new Map([...g.provinces, ...g.regencies].map((r) => [r.name, r]));
  const aliases = REGION_ALIASES.map((a) => ({
    key: words(a.alias).join(''),
    alias: a.alias,
    regions: a.targets.map((t) => byName.get(t)).filter((r): r is Region => r !== undefined),
  }));
  const built = { entries, aliases };
  entriesCache.set(g, built);
  return built;
}

/** How well the typed words fit a name: every typed word must start one of the name's words, in any order. */
function wordRank(typed: readonly string[], e: Entry): number | null {
  const q = typed.join('');
  if (e.joined === q) return 0;
  if (e.joined.startsWith(q)) return 1;
  const used = new Set<number>();
  for (const w of typed) {
    const i = e.nameWords.findIndex((n, k) => !used.has(k) && n.startsWith(w));
    if (i < 0) return e.joined.includes(q) && q.length >= 3 ? 3 : null;
    used.add(i);
  }
  return 2;
}

/**
 * Suggestions for what is typed in the search box, best first: the exact name or a short name people use
 * (HSS, Kotim, Sitaro), names that start with the text ("banyu" → Banyuasin, Banyumas, Banyuwangi), names
 * with a word starting with each typed word ("hulu sungai" → Selatan, Tengah, Utara), then the text anywhere
 * in a name; typo-tolerant only when none of those fits. Kind words (kab, kota, provinsi) narrow the list.
 */
export function suggestRegions(text: string, gazetteer: Gazetteer, limit = 8): RegionSuggestion[] {
  const all = words(text);
  const kind = all.map((w) => KIND_WORDS[w]).find(Boolean);
  const typed = all.filter((w) => !KIND_WORDS[w]);
  if (typed.length === 0) return [];
  const allowed = (r: Region) => !kind || r.level === kind;
  const { entries, aliases } = entriesFor(gazetteer);
  const best = new Map<string, RegionSuggestion>();
  const offer = (s: RegionSuggestion) => {
    const had = best.get(s.code);
    if (!had || s.rank < had.rank) best.set(s.code, s);
  };
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
  const byCode = gazetteer.byCode;
  return [...best.values()]
    .sort((a, b) => {
      const ra = byCode.get(a.code)!;
      const rb = byCode.get(b.code)!;
      // At one rank: kabupaten/kota before provinces (what people search most), then by name.
      return a.rank - b.rank || Number(ra.level === 'provinsi') - Number(rb.level === 'provinsi') || ra.name.localeCompare(rb.name, 'id');
    })
    .slice(0, limit);
}
