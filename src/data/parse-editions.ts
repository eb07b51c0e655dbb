import { CATEGORIES, METRIC_KEYS, type Edition, type LocalizedText, type Source } from '@/domain/award-record';
import type { Condition, EditionCriteria, Route } from '@/domain/criteria';
import type { DatasetIssue } from './dataset-issue';
import { isValidIsoDate, isValidSourceUrl } from './award-fields';

type Json = unknown;
const isObj = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Small structural checker that records every problem with its JSON path instead of stopping at the first. */
class Checker {
  readonly issues: DatasetIssue[] = [];
  constructor(private readonly file: string) {}
  fail(path: string, message: string): void {
    this.issues.push({ file: this.file, column: path, message });
  }
  str(v: Json, path: string, optional = false): string | undefined {
    if (v === undefined && optional) return undefined;
    if (typeof v !== 'string' || !v.trim()) this.fail(path, 'must be a non-empty string');
    return typeof v === 'string' ? v : undefined;
  }
  num(v: Json, path: string): number {
    if (typeof v !== 'number' || !Number.isFinite(v)) this.fail(path, 'must be a number');
    return typeof v === 'number' ? v : NaN;
  }
  date(v: Json, path: string, optional = false): string | undefined {
    const s = this.str(v, path, optional);
    if (s !== undefined && !isValidIsoDate(s)) this.fail(path, `malformed date "${s}" (YYYY-MM-DD)`);
    return s;
  }
  /**
   * A text shown to readers: `key` in English and `key_id` in Bahasa Indonesia, both required when either is
   * given (the app shows the reader's language, as for the notes in awards.csv).
   */
  localized(o: Record<string, Json>, key: string, path: string, required = false): LocalizedText | undefined {
    const en = o[key];
    const id = o[`${key}_id`];
    if (en === undefined && id === undefined) return required ? (this.fail(`${path}.${key}`, 'must be a non-empty string'), undefined) : undefined;
    if (id === undefined) return (this.fail(`${path}.${key}_id`, `is missing: every ${key} is written in Bahasa Indonesia too`), undefined);
    if (en === undefined) return (this.fail(`${path}.${key}`, `is missing: every ${key}_id is written in English too`), undefined);
    const enText = this.str(en, `${path}.${key}`);
    const idText = this.str(id, `${path}.${key}_id`);
    return enText && idText ? { en: enText, id: idText } : undefined;
  }
  /** A list of reader-facing texts: `key` in English, `key_id` the same items in Bahasa Indonesia, in order. */
  localizedList(o: Record<string, Json>, key: string, path: string): LocalizedText[] {
    if (o[key] === undefined && o[`${key}_id`] === undefined) return [];
    const en = this.arr(o[key], `${path}.${key}`);
    const id = this.arr(o[`${key}_id`], `${path}.${key}_id`);
    if (en.length !== id.length) this.fail(`${path}.${key}_id`, `has ${id.length} item(s), ${key} has ${en.length}: each is written in both languages`);
    return en.flatMap((e, i) => {
      const enText = this.str(e, `${path}.${key}[${i}]`);
      const idText = i < id.length ? this.str(id[i], `${path}.${key}_id[${i}]`) : undefined;
      return enText && idText ? [{ en: enText, id: idText }] : [];
    });
  }
  arr(v: Json, path: string): Json[] {
    if (!Array.isArray(v)) {
      this.fail(path, 'must be a list');
      return [];
    }
    return v;
  }
  sources(v: Json, path: string): Source[] {
    return this.arr(v, path).map((s, i) => {
      const p = `${path}[${i}]`;
      if (!isObj(s)) {
        this.fail(p, 'must be {url, publisher, publishedDate?}');
        return { url: '', publisher: '' };
      }
      const url = this.str(s.url, `${p}.url`) ?? '';
      if (url && !isValidSourceUrl(url)) this.fail(`${p}.url`, `malformed URL "${url}"`);
      const out: Source = { url, publisher: this.str(s.publisher, `${p}.publisher`) ?? '' };
      const d = this.date(s.publishedDate, `${p}.publishedDate`, true);
      if (d) out.publishedDate = d;
      return out;
    });
  }
}

const SUBJECTS = ['kabkota', 'utama', 'madya', 'pratama', 'provinces', 'pemda'] as const;

export function parseEditions(json: Json, file: string): { editions: Edition[]; issues: DatasetIssue[] } {
  const c = new Checker(file);
  const list = isObj(json) ? c.arr(json.editions, 'editions') : (c.fail('', 'must be {"editions": [...]}'), []);
  const years = new Set<number>();
  const editions = list.map((e, i): Edition => {
    const p = `editions[${i}]`;
    if (!isObj(e)) {
      c.fail(p, 'must be an object');
      return { year: NaN, status: 'held', sources: [], totals: [], dateStatements: [] };
    }
    const year = c.num(e.year, `${p}.year`);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) c.fail(`${p}.year`, `not a plausible edition year: ${String(e.year)}`);
    if (years.has(year)) c.fail(`${p}.year`, `edition ${year} is listed twice`);
    years.add(year);
    const status = e.status === 'held' || e.status === 'claimed' ? e.status : (c.fail(`${p}.status`, 'must be "held" or "claimed"'), 'held');
    const eventDate = c.date(e.eventDate, `${p}.eventDate`, status === 'claimed');
    const totals = c
      .arr(e.totals, `${p}.totals`)
      .map((t, j) => {
        const tp = `${p}.totals[${j}]`;
        if (!isObj(t)) return (c.fail(tp, 'must be an object'), null);
        const subject = SUBJECTS.find((s) => s === t.subject);
        if (!subject) c.fail(`${tp}.subject`, `unknown subject "${String(t.subject)}" (${SUBJECTS.join(', ')})`);
        const value = c.num(t.value, `${tp}.value`);
        const note = c.localized(t, 'note', tp);
        return {
          subject: subject ?? 'kabkota',
          value,
          preferred: t.preferred === true,
          sources: c.sources(t.sources, `${tp}.sources`),
          ...(note ? { note } : {}),
        };
      })
      .filter((t): t is NonNullable<typeof t> => t !== null);
    for (const s of SUBJECTS) {
      if (totals.filter((t) => t.subject === s && t.preferred).length > 1) c.fail(`${p}.totals`, `more than one preferred "${s}" statement`);
    }
    const dateStatements = c
      .arr(e.dateStatements, `${p}.dateStatements`)
      .map((d, j) => {
        const dp = `${p}.dateStatements[${j}]`;
        if (!isObj(d)) return (c.fail(dp, 'must be an object'), null);
        return {
          text: c.str(d.text, `${dp}.text`) ?? '',
          date: c.date(d.date, `${dp}.date`) ?? '',
          preferred: d.preferred === true,
          sources: c.sources(d.sources, `${dp}.sources`),
        };
      })
      .filter((d): d is NonNullable<typeof d> => d !== null);
    const out: Edition = { year, status, sources: c.sources(e.sources, `${p}.sources`), totals, dateStatements };
    if (eventDate) out.eventDate = eventDate;
    for (const k of ['name', 'venue'] as const) if (typeof e[k] === 'string') out[k] = e[k];
    const note = c.localized(e, 'note', p);
    if (note) out.note = note;
    return out;
  });
  editions.sort((a, b) => b.year - a.year);
  return { editions, issues: c.issues };
}

function parseRoute(c: Checker, r: Json, p: string): Route {
  if (!isObj(r)) return (c.fail(p, 'must be {id, conditions}'), { id: '', conditions: [] });
  const conditions = c.arr(r.conditions, `${p}.conditions`).map((cond, k): Condition => {
    const cp = `${p}.conditions[${k}]`;
    if (!isObj(cond)) return (c.fail(cp, 'must be an object'), { metric: 'coveragePct', min: NaN, essential: true });
    const metric = METRIC_KEYS.find((m) => m === cond.metric);
    if (!metric) c.fail(`${cp}.metric`, `unknown metric "${String(cond.metric)}"`);
    const min = c.num(cond.min, `${cp}.min`);
    if (min < 0 || min > 110) c.fail(`${cp}.min`, `threshold out of range: ${min}`);
    const out: Condition = { metric: metric ?? 'coveragePct', min, essential: cond.essential !== false };
    if (isObj(cond.waivedWhen)) {
      const wm = METRIC_KEYS.find((m) => m === (cond.waivedWhen as Record<string, Json>).metric);
      if (!wm) c.fail(`${cp}.waivedWhen.metric`, 'unknown metric');
      out.waivedWhen = { metric: wm ?? 'activePct', min: c.num((cond.waivedWhen as Record<string, Json>).min, `${cp}.waivedWhen.min`) };
    }
    return out;
  });
  return { id: c.str(r.id, `${p}.id`) ?? '', conditions };
}

export function parseCriteria(json: Json, file: string, years: ReadonlySet<number>): { criteria: EditionCriteria[]; issues: DatasetIssue[] } {
  const c = new Checker(file);
  const list = isObj(json) ? c.arr(json.editions, 'editions') : (c.fail('', 'must be {"editions": [...]}'), []);
  const criteria = list.map((e, i): EditionCriteria => {
    const p = `editions[${i}]`;
    if (!isObj(e)) return (c.fail(p, 'must be an object'), { year: NaN, categories: [], sources: [], variants: [] });
    const year = c.num(e.year, `${p}.year`);
    if (!years.has(year)) c.fail(`${p}.year`, `unknown edition ${year}`);
    const categories = c
      .arr(e.categories, `${p}.categories`)
      .map((cat, j) => {
        const cp = `${p}.categories[${j}]`;
        if (!isObj(cat)) return (c.fail(cp, 'must be an object'), null);
        const category = CATEGORIES.find((k) => k === cat.category);
        if (!category) c.fail(`${cp}.category`, `unknown category "${String(cat.category)}"`);
        const routes = c.arr(cat.routes, `${cp}.routes`).map((r, k) => parseRoute(c, r, `${cp}.routes[${k}]`));
        if (routes.length === 0) c.fail(`${cp}.routes`, 'needs at least one route');
        const otherConditions = c.localizedList(cat, 'otherConditions', cp);
        return { category: category ?? 'pratama', routes, otherConditions };
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    const variants = c
      .arr(e.variants ?? [], `${p}.variants`)
      .map((v, j) => {
        const vp = `${p}.variants[${j}]`;
        if (!isObj(v)) return (c.fail(vp, 'must be an object'), null);
        const category = v.category === null ? null : (CATEGORIES.find((k) => k === v.category) ?? (c.fail(`${vp}.category`, 'unknown category'), null));
        return {
          id: c.str(v.id, `${vp}.id`) ?? '',
          category,
          text: c.localized(v, 'text', vp, true) ?? { en: '', id: '' },
          routes: c.arr(v.routes, `${vp}.routes`).map((r, k) => parseRoute(c, r, `${vp}.routes[${k}]`)),
          sources: c.sources(v.sources, `${vp}.sources`),
        };
      })
      .filter((x): x is NonNullable<typeof x> => x !== null);
    const out: EditionCriteria = { year, categories, sources: c.sources(e.sources, `${p}.sources`), variants };
    if (e.entry !== undefined) out.entry = parseRoute(c, e.entry, `${p}.entry`);
    if (categories.length === 0 && !out.entry) c.fail(p, 'needs categories or an entry threshold');
    return out;
  });
  return { criteria, issues: c.issues };
}
