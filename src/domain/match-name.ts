import type { Level } from './award-record';
import { foldText } from './ascii-text';
import { REGION_ALIASES, type RegionAlias } from './region-aliases';
import type { Gazetteer, Region } from './regions';

export type MatchMethod = 'exact' | 'alias' | 'typo';

export interface MatchCandidate {
  code: string;
  name: string;
  provinceCode: string;
  method: MatchMethod;
  /** Edit distance on the compacted name; 0 for exact and alias hits. */
  distance: number;
}

export type MatchResult =
  | { kind: 'match'; code: string; method: MatchMethod; candidates: MatchCandidate[] }
  | { kind: 'ambiguous'; candidates: MatchCandidate[] }
  | { kind: 'none'; candidates: [] };

export interface MatchOptions {
  /** Only these provinces (the province hint). Several for split provinces (Papua → 91, 93, 94, 95). */
  provinceCodes?: readonly string[];
  /** Only this kind of unit; a kind written in the text ("Kab.", "Kota") is used too. */
  kind?: Level | 'kabkota';
  /** Hints filter strictly: with no candidate left, the answer is none rather than the unfiltered hits. */
  strict?: boolean;
}

type KindHint = Level | undefined;

interface NameIndex {
  /** compact key → regions, exact names first. */
  primary: Map<string, Set<Region>>;
  /** Looser keys ("Sangihe" for "Kepulauan Sangihe") tried after the primary ones. */
  secondary: Map<string, Set<Region>>;
  aliases: Map<string, { alias: RegionAlias; regions: Region[] }[]>;
  keys: { key: string; region: Region; aliasKind?: 'kabupaten' | 'kota' }[];
}

/** Lower case, no diacritics, punctuation to spaces, single spaces. */
function normalizeName(text: string): string {
  return foldText(text)
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function compactKey(text: string): string {
  return normalizeName(text).replace(/ /g, '');
}

const PREFIXES: { words: string[]; kind?: Level }[] = [
  { words: ['pemerintah', 'kabupaten'], kind: 'kabupaten' },
  { words: ['pemerintah', 'kota'], kind: 'kota' },
  { words: ['pemerintah', 'provinsi'], kind: 'provinsi' },
  { words: ['pemerintah', 'daerah'] },
  { words: ['pemerintah'] },
  { words: ['pemkab'], kind: 'kabupaten' },
  { words: ['pemkot'], kind: 'kota' },
  { words: ['pemko'], kind: 'kota' },
  { words: ['pemprov'], kind: 'provinsi' },
  { words: ['provinsi'], kind: 'provinsi' },
  { words: ['prov'], kind: 'provinsi' },
  { words: ['kabupaten'], kind: 'kabupaten' },
  // A misspelling seen on news pages and in typed lists.
  { words: ['kebupaten'], kind: 'kabupaten' },
  { words: ['kab'], kind: 'kabupaten' },
  { words: ['kota'], kind: 'kota' },
  { words: ['administrasi'] },
  { words: ['adm'] },
];

const ENGLISH_SUFFIXES: Record<string, Level> = { regency: 'kabupaten', city: 'kota', province: 'provinsi' };

/** Splits "Kab. Hulu Sungai Selatan" into the kind it names and the name itself. */
function parseKindPrefix(text: string): { kind: KindHint; rest: string } {
  let words = normalizeName(text).split(' ').filter(Boolean);
  let kind: KindHint;
  for (let changed = true; changed && words.length > 1;) {
    changed = false;
    for (const p of PREFIXES) {
      if (words.length > p.words.length && p.words.every((w, i) => words[i] === w)) {
        kind = p.kind ?? kind;
        words = words.slice(p.words.length);
        changed = true;
        break;
      }
    }
  }
  // English lists put the kind last: "Biak Numfor Regency", "Bandung City", "Bali Province".
  const suffix = ENGLISH_SUFFIXES[words[words.length - 1] ?? ''];
  if (suffix && words.length > 1) {
    kind = kind ?? suffix;
    words = words.slice(0, -1);
  }
  // "Kep.", "Kepl." and "Kpl." are how lists abbreviate Kepulauan.
  words = words.map((w) => (KEPULAUAN_ABBREVIATIONS.has(w) ? 'kepulauan' : w));
  return { kind, rest: words.join(' ') };
}

const KEPULAUAN_ABBREVIATIONS = new Set(['kep', 'kepl', 'kpl']);
const LOOSE_PREFIX = /^(kepulauan|pulau) /;

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  let s = map.get(key);
  if (!s) map.set(key, (s = new Set()));
  s.add(value);
}

const indexCache = new WeakMap<Gazetteer, NameIndex>();

function indexFor(g: Gazetteer): NameIndex {
  const cached = indexCache.get(g);
  if (cached) return cached;
  const primary = new Map<string, Set<Region>>();
  const secondary = new Map<string, Set<Region>>();
  const keys: NameIndex['keys'] = [];
  for (const region of [...g.provinces, ...g.regencies]) {
    const names = new Set([region.shortName, region.name]);
    for (const n of names) {
      const short = normalizeName(n.replace(/^(Kabupaten Administrasi|Kota Administrasi|Kabupaten|Kota)\s+/, ''));
      const key = short.replace(/ /g, '');
      add(primary, key, region);
      keys.push({ key, region });
      const loose = short.replace(LOOSE_PREFIX, '');
      if (loose !== short) add(secondary, loose.replace(/ /g, ''), region);
    }
  }
  const byName = new Map([...g.provinces, ...g.regencies].map((r) => [r.name, r]));
  const aliases = new Map<string, { alias: RegionAlias; regions: Region[] }[]>();
  for (const alias of REGION_ALIASES) {
    const regions = alias.targets.map((t) => {
      const r = byName.get(t);
      if (!r) throw new Error(`Alias "${alias.alias}" names unknown region "${t}"`);
      return r;
    });
    const key = compactKey(alias.alias);
    aliases.set(key, [...(aliases.get(key) ?? []), { alias, regions }]);
    regions.forEach((region) => keys.push({ key, region, aliasKind: alias.kind }));
  }
  const index = { primary, secondary, aliases, keys };
  indexCache.set(g, index);
  return index;
}

/** Optimal string alignment distance, capped: returns max + 1 once it is exceeded. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

function typoBudget(key: string): number {
  if (key.length <= 4) return 0;
  if (key.length <= 8) return 1;
  return 2;
}

function kindAllows(hint: MatchOptions['kind'] | KindHint, level: Level): boolean {
  if (!hint) return true;
  if (hint === 'kabkota') return level !== 'provinsi';
  return hint === level;
}

/**
 * Free text → one region code, ranked candidates, or none. Never picks silently between two real
 * units (Kota Bekasi vs Kabupaten Bekasi): that is `ambiguous` with both as candidates.
 */
export function matchRegionName(text: string, gazetteer: Gazetteer, options: MatchOptions = {}): MatchResult {
  const index = indexFor(gazetteer);
  const parsed = parseKindPrefix(text);
  // "Kabupaten Hulu Sungai Selatan (Kab. HSS)": the name outside brackets first, then what is inside.
  const inside = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
  const outside = text.replace(/\([^)]*\)/g, ' ');
  const texts = inside.length ? [outside, ...inside] : [text];

  for (const t of texts) {
    const result = matchOne(t, index, options, parsed.kind);
    if (result.kind !== 'none') return result;
  }
  // "Bogor, Jawa Barat": the name before the comma, with what follows as the province when it names one.
  const comma = text.indexOf(',');
  if (comma > 0) {
    const after = matchOne(text.slice(comma + 1), index, { kind: 'provinsi', strict: true }, undefined);
    const provinceCodes = after.kind === 'match' && !options.provinceCodes ? [after.code] : options.provinceCodes;
    return matchOne(text.slice(0, comma), index, { ...options, provinceCodes }, parsed.kind);
  }
  return { kind: 'none', candidates: [] };
}

function matchOne(text: string, index: NameIndex, options: MatchOptions, outerKind: KindHint): MatchResult {
  const { kind: textKind, rest } = parseKindPrefix(text);
  const kind = textKind ?? outerKind ?? (options.kind === 'kabkota' ? undefined : options.kind);
  // "Kab. Kep. Sitaro": the name may also be known without its "Kepulauan"/"Pulau" (an alias or a short name).
  const loose = rest.replace(LOOSE_PREFIX, '');
  const keys = [rest.replace(/ /g, ''), compactKey(text), loose.replace(/ /g, '')].filter((k, i, all) => k && all.indexOf(k) === i);

  const filter = (regions: Iterable<Region>, withKind: boolean): Region[] =>
    [...regions].filter(
      (r) =>
        kindAllows(options.kind, r.level) &&
        (!withKind || kindAllows(kind, r.level)) &&
        (!options.provinceCodes || options.provinceCodes.includes(r.provinceCode)),
    );

  const pick = (regions: Region[], method: MatchMethod, distance = 0): MatchResult | null => {
    if (regions.length === 0) return null;
    const candidates = regions
      .map((r): MatchCandidate => ({ code: r.code, name: r.name, provinceCode: r.provinceCode, method, distance }))
      .sort((a, b) => a.code.localeCompare(b.code));
    if (candidates.length === 1) return { kind: 'match', code: candidates[0]!.code, method, candidates };
    return { kind: 'ambiguous', candidates };
  };

  // With a kind in the text, a hit of the other kind is only used when nothing of that kind exists
  // (a site calling Kota Tarakan "Kabupaten Tarakan"); in strict mode never.
  const tiers: boolean[] = options.strict ? [true] : [true, false];
  for (const withKind of tiers) {
    for (const key of keys) {
      const exact = pick(filter(index.primary.get(key) ?? [], withKind), 'exact');
      if (exact) return exact;
      const aliasHits = (index.aliases.get(key) ?? []).filter((h) => !h.alias.kind || h.alias.kind === kind);
      const alias = pick(filter(new Set(aliasHits.flatMap((h) => h.regions)), withKind), 'alias');
      if (alias) return alias;
      const loose = pick(filter(index.secondary.get(key) ?? [], withKind), 'exact');
      if (loose) return loose;
    }
  }

  // Small typos: the closest names within a budget that grows with the length of the name.
  const key = keys[0] ?? '';
  const budget = typoBudget(key);
  if (budget === 0) return { kind: 'none', candidates: [] };
  const best = new Map<Region, number>();
  for (const entry of index.keys) {
    if (filter([entry.region], true).length === 0 || (entry.aliasKind && entry.aliasKind !== kind)) continue;
    const d = editDistance(key, entry.key, budget);
    if (d <= budget && d < (best.get(entry.region) ?? Infinity)) best.set(entry.region, d);
  }
  if (best.size === 0) return { kind: 'none', candidates: [] };
  const ranked = [...best.entries()].sort((a, b) => a[1] - b[1] || a[0].code.localeCompare(b[0].code));
  const candidates = ranked.map(([r, d]): MatchCandidate => ({ code: r.code, name: r.name, provinceCode: r.provinceCode, method: 'typo', distance: d }));
  const top = candidates.filter((c) => c.distance === candidates[0]!.distance);
  if (top.length === 1) return { kind: 'match', code: top[0]!.code, method: 'typo', candidates };
  return { kind: 'ambiguous', candidates };
}
