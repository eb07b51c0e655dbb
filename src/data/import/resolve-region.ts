import { matchRegionName, type MatchResult } from '@/domain/match-name';
import { isProvinceCode, isRegencyCode, levelOfCode, type Gazetteer, type Region } from '@/domain/regions';
import type { ImportCache, ImportContext } from './import-context';
import type { ImportIssue } from './import-row-result';

type Kind = 'provinsi' | 'kota' | 'kabupaten' | 'kabkota';

function kindOf(levelText: string, name: string): Kind {
  const l = levelText.toLowerCase().replace(/[^a-z]/g, '');
  if (['provinsi', 'prov', 'pemprov', 'province'].includes(l)) return 'provinsi';
  if (['kota', 'pemkot', 'pemko', 'city', 'kotaadministrasi'].includes(l)) return 'kota';
  if (['kabupaten', 'kab', 'pemkab', 'regency', 'kabupatenadministrasi'].includes(l)) return 'kabupaten';
  // A name that says it is a province is one; any other name is read as a kabupaten/kota first ("Jambi" → Kota Jambi).
  return /^(provinsi|prov\b|pemprov|pemerintah provinsi)/i.test(name) || /\bprovince$/i.test(name) ? 'provinsi' : 'kabkota';
}

/** The province a hint names ("Jawa Barat", "Jabar", "32"). */
export function provinceHint(text: string, gazetteer: Gazetteer, cache: ImportCache): string[] | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (cache.province.has(t)) return cache.province.get(t);
  let hint: string[] | undefined;
  if (isProvinceCode(t) && gazetteer.byCode.has(t)) hint = [t];
  else {
    const m = matchRegionName(t, gazetteer, { kind: 'provinsi', strict: true });
    hint = m.kind === 'match' ? [m.code] : undefined;
  }
  cache.province.set(t, hint);
  return hint;
}

function matchCached(name: string, kind: Kind, provinces: string[] | undefined, gazetteer: Gazetteer, cache: ImportCache): MatchResult {
  const key = `${name}|${kind}|${provinces?.join(',') ?? ''}`;
  let m = cache.match.get(key);
  if (!m) {
    m = matchRegionName(name, gazetteer, { kind, provinceCodes: provinces });
    cache.match.set(key, m);
  }
  return m;
}

/** The cells of a row that say which region it is about (the code already normalised). */
export interface RegionCells {
  line: number;
  name: string;
  codeText: string;
  levelText: string;
  provinceText: string;
  /** The province of the section row above, for a row that names none. */
  sectionHint: string | undefined;
}

export interface ResolvedRegion {
  /** Empty when the row points at no region. */
  code: string;
  region?: Region;
  /** The level the code has ('' without a code). */
  level: string;
  nameKey?: string;
  candidates?: { code: string; name: string }[];
  /** When the name alone leaves the row without a region, a pick can settle it. */
  nameProblem?: ImportIssue;
}

/**
 * The region a row points at: the user's pick, else a known code, else the name matched within the level
 * and the province it states (or the section above names). Problems and warnings are added to the row's lists.
 */
export function resolveRegion(
  cells: RegionCells,
  { gazetteer, choices }: ImportContext,
  cache: ImportCache,
  issues: ImportIssue[],
  warnings: ImportIssue[],
): ResolvedRegion {
  const { line, name, codeText, levelText, sectionHint } = cells;
  const resolved: ResolvedRegion = { code: '', level: '' };
  const kind = kindOf(levelText, name);
  const provinces = kind === 'provinsi' ? undefined : (provinceHint(cells.provinceText, gazetteer, cache) ?? (sectionHint ? [sectionHint] : undefined));
  const nameKey = name ? `${name.toLowerCase().replace(/\s+/g, ' ')}|${kind}|${provinces?.join(',') ?? ''}` : undefined;
  if (nameKey) resolved.nameKey = nameKey;
  const chosen = choices?.get(`line:${line}`) ?? (nameKey ? choices?.get(`name:${nameKey}`) : undefined);
  let code = chosen && gazetteer.byCode.has(chosen) ? chosen : '';
  let badCode = '';
  if (!code && codeText) {
    if ((isRegencyCode(codeText) || isProvinceCode(codeText)) && gazetteer.byCode.has(codeText)) code = codeText;
    else badCode = codeText;
  }
  if (name) {
    const m = matchCached(name, kind, provinces, gazetteer, cache);
    if (m.kind === 'ambiguous') resolved.candidates = m.candidates.map((c) => ({ code: c.code, name: c.name }));
    else if (m.kind === 'none')
      resolved.candidates = provinces ? gazetteer.regencies.filter((r) => provinces.includes(r.provinceCode)).map((r) => ({ code: r.code, name: r.name })) : [];
    if (!code) {
      if (m.kind === 'match') code = m.code;
      else
        resolved.nameProblem =
          m.kind === 'ambiguous' ? { code: 'ambiguousName', value: name, other: String(m.candidates.length) } : { code: 'unknownName', value: name };
    } else if (!chosen && m.kind === 'match' && m.code !== code) {
      warnings.push({ code: 'nameCodeMismatch', value: name, other: gazetteer.byCode.get(m.code)?.name ?? m.code });
    }
  }
  if (code && badCode) warnings.push({ code: 'codeIgnored', field: 'code', value: badCode });
  if (!code) {
    if (resolved.nameProblem) issues.push(resolved.nameProblem);
    else if (badCode) issues.push({ code: 'unknownCode', field: 'code', value: badCode });
    else issues.push({ code: 'noRegion' });
  }
  const region = code ? gazetteer.byCode.get(code) : undefined;
  resolved.code = code;
  if (region) resolved.region = region;
  resolved.level = code ? (levelOfCode(code) ?? '') : '';
  if (region && levelText && kind !== 'kabkota' && kind !== resolved.level)
    warnings.push({ code: 'levelMismatch', field: 'level', value: levelText, other: resolved.level });
  return resolved;
}
