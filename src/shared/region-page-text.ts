import type { AwardOutcome, AwardRecord, CategoryStatus, Official, Source } from '@/domain/award-record';
import { CATEGORIES } from '@/domain/award-record';
import { categoryRank, evidenceRank } from '@/domain/category-status';
import type { Dataset } from '@/domain/dataset';
import type { Region } from '@/domain/regions';
import { regionInEdition } from '@/domain/select-regions';
import { classifyTransition, type Change } from '@/domain/transitions';
import type { MessageKey } from '@/i18n/dictionary';
import { regionHistory, type HistoryRow } from './region-history';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * What a region's page says in its preview (title, description), its no-JavaScript body and the Share message:
 * the region's outcome in an edition decided by the panel's own rules (`regionInEdition`: the best-evidenced
 * records' highest, a conflict when sources disagree) and its change since the previous edition with a record
 * (as the panel's history compares).
 */
export interface RegionFacts {
  region: Region;
  province?: Region;
  year: number;
  status: CategoryStatus;
  /** The edition's distinct outcomes, highest first; more than one only when the sources disagree or say less. */
  outcomes: AwardOutcome[];
  conflict: boolean;
  inferred: boolean;
  records: AwardRecord[];
  /** The strongest-evidenced record that states the shown outcome (as the table's line picks it). */
  primary?: AwardRecord;
  /** The latest earlier edition with a record, and how the region moved since. */
  previous?: { year: number; category: AwardOutcome; change: Change | null };
  /** The latest edition with a record at all (for a region with none in `year`). */
  lastRecord?: { year: number; category: AwardOutcome };
  history: HistoryRow[];
}

export function regionFacts(ds: Dataset, code: string, year: number = ds.latestYear): RegionFacts | null {
  const region = ds.byCode.get(code);
  if (!region) return null;
  const all = ds.recordsByCode.get(code) ?? [];
  const { records, outcome, conflict, inferred } = regionInEdition(all, year);
  const history = regionHistory(all, ds.editions);
  const before = history.filter((h) => h.year < year && h.category !== null).at(-1);
  const latest = history.filter((h) => h.year <= year && h.category !== null).at(-1);
  const primary = records.filter((r) => r.category === outcome).sort((a, b) => evidenceRank(a.evidence) - evidenceRank(b.evidence))[0];
  const outcomes = [...new Set(records.map((r) => r.category))].sort((a, b) => categoryRank(a) - categoryRank(b));
  return {
    region,
    ...(region.level !== 'provinsi' && ds.byCode.get(region.provinceCode) ? { province: ds.byCode.get(region.provinceCode)! } : {}),
    year,
    status: outcome ?? 'unknown',
    outcomes,
    conflict,
    inferred,
    records,
    ...(primary ? { primary } : {}),
    ...(before?.category && outcome
      ? { previous: { year: before.year, category: before.category, change: classifyTransition(before.category, outcome) } }
      : {}),
    ...(latest?.category ? { lastRecord: { year: latest.year, category: latest.category } } : {}),
    history,
  };
}

/** The outcomes that disagree: "awarded, category not stated" agrees with any category, so it is not listed then. */
function disagreeing(f: RegionFacts): AwardOutcome[] {
  const stated = f.outcomes.some((o) => (CATEGORIES as readonly string[]).includes(o));
  return f.outcomes.filter((o) => !(stated && o === 'awarded'));
}

/** "Utama, Madya": the disagreeing outcomes by name, as a title, a description, the message and the card list them. */
function disagreeingText(f: RegionFacts, t: T): string {
  return disagreeing(f)
    .map((o) => t(o))
    .join(', ');
}

/** A kabupaten/kota by its name ("Kabupaten Banyuasin"); a province says it is one ("Provinsi Bali"). */
export function regionTitleName(f: RegionFacts, t: T): string {
  return f.region.level === 'provinsi' ? t('pageProvinceName', { name: f.region.name }) : f.region.name;
}

/** The preview's title: "Kabupaten Banyuasin: UHC Madya 2026". */
export function regionPageTitle(f: RegionFacts, t: T): string {
  const vars = { name: regionTitleName(f, t), year: f.year };
  if (f.conflict)
    return t('pageTitleConflict', {
      ...vars,
      list: disagreeingText(f, t),
    });
  switch (f.status) {
    case 'awarded':
      return t('pageTitleAwarded', vars);
    case 'none':
      return t('pageTitleNone', vars);
    case 'unknown':
      return t('pageTitleUnknown', vars);
    default:
      return t('pageTitleCategory', { ...vars, category: t(f.status) });
  }
}

/** "Naik dari Pratama (2024)." — the change since the previous edition with a record (the card's line too). */
function changeSentence(prev: NonNullable<RegionFacts['previous']>, t: T): string {
  const vars = { from: t(prev.category), fromYear: prev.year };
  if (prev.change === 'up') return t('pageChangeUp', vars);
  if (prev.change === 'down') return t('pageChangeDown', vars);
  if (prev.change === 'same') return t('pageChangeSame', vars);
  return t('pageChangeOther', vars);
}

/** "Bupati Dr. H. Askolani"; a role alone when the page names no one. */
export function officialText(o: Official): string {
  return [o.role, o.name].filter(Boolean).join(' ');
}

/** The edition's sources, the shown outcome's first, each publisher once. */
function factSources(f: RegionFacts): Source[] {
  const ordered = f.primary ? [f.primary, ...f.records.filter((r) => r !== f.primary)] : f.records;
  const seen = new Set<string>();
  return ordered.flatMap((r) => r.sources).filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/**
 * The preview's description: "Naik dari Pratama (2024). Diterima Bupati Dr. H. Askolani · sumber: RADARCenter".
 * A conflict is said as one, an inference as an inference, no data as no data.
 */
export function regionPageDescription(f: RegionFacts, t: T): string {
  const parts: string[] = [];
  if (f.status === 'unknown') {
    parts.push(t('pageUnknownBody', { year: f.year }));
    if (f.lastRecord) parts.push(t('pageLastRecord', { category: t(f.lastRecord.category), year: f.lastRecord.year }));
  } else {
    parts.push(f.previous ? changeSentence(f.previous, t) : t('pageNoEarlier'));
    if (f.conflict)
      parts.push(
        t('pageConflict', {
          list: disagreeingText(f, t),
          shown: t(f.status),
        }),
      );
    if (f.status === 'none') parts.push(t('pageNoneStated', { year: f.year }));
    if (f.inferred) parts.push(t('pageInferred'));
    if (f.primary?.recipient) parts.push(t('pageRecipient', { who: officialText(f.primary.recipient) }));
  }
  const text = parts.join(' ');
  const publishers = [...new Set(factSources(f).map((s) => s.publisher))];
  return publishers.length ? `${text.replace(/\.$/, '')} · ${t('pageSource', { publisher: publishers.join(', ') })}` : text;
}

/** The ready message for WhatsApp: "Kabupaten Banyuasin meraih UHC Madya 2026 (2024: Pratama) — <link>". */
export function regionShareMessage(f: RegionFacts, t: T, link: string): string {
  const vars = { name: regionTitleName(f, t), year: f.year };
  let head: string;
  if (f.conflict)
    head = t('shareConflict', {
      ...vars,
      list: disagreeingText(f, t),
    });
  else if (f.status === 'awarded') head = t('shareAwarded', vars);
  else if (f.status === 'none') head = t('shareNone', vars);
  else if (f.status === 'unknown') head = t('shareUnknown', vars);
  else head = t('shareCategory', { ...vars, category: t(f.status) });
  const prev = f.previous ? ` ${t('sharePrevious', { year: f.previous.year, category: t(f.previous.category) })}` : '';
  return `${head}${prev} — ${link}`;
}

/** What a region's social card says beside its map (scripts/pages/social-card.ts draws it). */
export interface RegionCardWords {
  /** The category's name, "Belum ada data", or the disagreeing categories. */
  badge: string;
  /** "Naik dari Pratama (2024)", the conflict's shown category, the last record — or nothing. */
  change: string | null;
  source: string | null;
}

/** The card's lines are labels under a badge, not sentences: they carry no full stop. */
const noFullStop = (s: string) => s.replace(/\.$/, '');

export function regionCardWords(f: RegionFacts, t: T): RegionCardWords {
  const source = factSources(f)[0];
  let change: string | null = null;
  if (f.conflict) change = t('cardConflictShown', { shown: t(f.status) });
  else if (f.previous) change = noFullStop(changeSentence(f.previous, t));
  else if (f.status === 'unknown' && f.lastRecord) change = noFullStop(t('pageLastRecord', { category: t(f.lastRecord.category), year: f.lastRecord.year }));
  return {
    badge: f.conflict ? t('cardConflict', { list: disagreeingText(f, t) }) : t(f.status),
    change,
    source: source ? t('pageSource', { publisher: source.publisher }) : null,
  };
}
