import type { AwardRecord } from '@/domain/award-record';
import { matchRegionName } from '@/domain/match-name';
import { isProvinceCode, isRegencyCode, levelOfCode, type Gazetteer } from '@/domain/regions';
import { unguardCell } from '@/data/excel-csv';
import { AWARD_COLUMNS, PERCENT_RANGES, validateAwardRows, type AwardColumn } from '@/data/parse-award-rows';
import type { ColumnMapping, ImportField } from './column-mapping';
import { parseLocaleNumber } from './locale-number';
import type { Sheet } from './read-spreadsheet';

export interface ImportRowResult {
  line: number;
  /** accepted: valid, will be applied if the user keeps it ticked; choose: the name needs a pick; rejected: reasons. */
  status: 'accepted' | 'choose' | 'rejected';
  /** The name as the file wrote it (or the code). */
  label: string;
  messages: string[];
  warnings: string[];
  record?: AwardRecord;
  /** For `choose`: the regions the name could mean. */
  candidates?: { code: string; name: string }[];
}

export interface ImportContext {
  gazetteer: Gazetteer;
  fileName: string;
  importedAt: string;
  /** line → the code the user picked for an ambiguous or unknown name. */
  choices?: ReadonlyMap<number, string>;
  /** Year for every row when the file has no year column. */
  defaultYear?: number;
}

const PERCENT_COLUMNS: AwardColumn[] = Object.values(PERCENT_RANGES).map((r) => r.column);
const COUNT_COLUMNS: AwardColumn[] = ['population', 'participants'];
const NONE_WORDS = new Set(['none', 'tidak', 'tidak mendapat', 'tidak dapat', 'tidak menerima', 'belum', '-', 'tidak ada']);
/** "Received, category not given": how a list of recipients without categories says it. */
const AWARDED_WORDS = new Set(['awarded', 'penerima', 'menerima', 'mendapat', 'dapat', 'meraih', 'ya', 'yes', 'received', 'kategori tidak disebut', 'tanpa kategori']);

function normalizeCode(raw: string): string {
  const s = raw.trim();
  if (/^\d{4}$/.test(s)) return `${s.slice(0, 2)}.${s.slice(2)}`;
  return s;
}

function normalizeCategory(raw: string): string {
  const s = raw.trim().toLowerCase().replace(/^(kategori|predikat)\s+/, '');
  if (NONE_WORDS.has(s)) return 'None';
  if (AWARDED_WORDS.has(s)) return 'Awarded';
  return raw.trim().replace(/^(kategori|predikat)\s+/i, '');
}

/** Finds the province a hint names ("Jawa Barat", "Jabar", "32"). */
function provinceHint(text: string, gazetteer: Gazetteer): string[] | undefined {
  const t = text.trim();
  if (!t) return undefined;
  if (isProvinceCode(t) && gazetteer.byCode.has(t)) return [t];
  const m = matchRegionName(t, gazetteer, { kind: 'provinsi', strict: true });
  return m.kind === 'match' ? [m.code] : undefined;
}

/**
 * Turns a user's sheet into award records: columns by the mapping, numbers in any locale, names through
 * the gazetteer matcher, then the same validation as the bundled data. Nothing is applied here.
 */
export function prepareImport(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): ImportRowResult[] {
  const { gazetteer } = ctx;
  const results: ImportRowResult[] = [];
  const canonical: { line: number; cells: string[] }[] = [];
  const byLine = new Map<number, ImportRowResult>();

  for (const row of sheet.rows) {
    const get = (f: ImportField) => {
      const i = mapping[f];
      return i === undefined ? '' : unguardCell((row.cells[i] ?? '').trim());
    };
    const messages: string[] = [];
    const warnings: string[] = [];
    const name = get('name_as_written');
    const codeText = normalizeCode(get('code'));
    const label = name || codeText || `#${row.line}`;
    const result: ImportRowResult = { line: row.line, status: 'accepted', label, messages, warnings };
    results.push(result);

    let code = ctx.choices?.get(row.line) ?? '';
    if (!code && codeText) {
      if (!(isRegencyCode(codeText) || isProvinceCode(codeText)) || !gazetteer.byCode.has(codeText)) messages.push(`unknown code "${codeText}"`);
      else code = codeText;
    }
    if (!code && !codeText) {
      if (!name) {
        messages.push('no region: the row has neither a code nor a name');
      } else {
        const levelText = get('level').toLowerCase();
        const kind = levelText === 'provinsi' ? 'provinsi' : levelText === 'kota' ? 'kota' : levelText === 'kabupaten' ? 'kabupaten' : 'kabkota';
        const provinces = kind === 'provinsi' ? undefined : provinceHint(get('province'), gazetteer);
        const m = matchRegionName(name, gazetteer, { kind, provinceCodes: provinces });
        if (m.kind === 'match') code = m.code;
        else {
          result.status = 'choose';
          result.candidates = (m.candidates.length ? m.candidates : regionsOf(gazetteer, provinces)).map((c) => ({ code: c.code, name: c.name }));
          messages.push(m.kind === 'ambiguous' ? `"${name}" could be several regions` : `"${name}" matches no region`);
          continue;
        }
      }
    }
    if (messages.length) {
      result.status = 'rejected';
      continue;
    }

    const cells = AWARD_COLUMNS.map((c): string => {
      const v = get(c);
      if (c === 'code') return code;
      if (c === 'level') return v.toLowerCase() || (levelOfCode(code) ?? '');
      if (c === 'year') return v || (ctx.defaultYear ? String(ctx.defaultYear) : '');
      if (c === 'category') return normalizeCategory(v);
      if (c === 'name_as_written') return name || gazetteer.byCode.get(code)?.name || '';
      if (PERCENT_COLUMNS.includes(c) || COUNT_COLUMNS.includes(c)) {
        if (!v) return '';
        const n = parseLocaleNumber(v, COUNT_COLUMNS.includes(c) ? 'integer' : 'decimal');
        if (n === null) messages.push(`${c}: not a number "${v}"`);
        return n ?? v;
      }
      return v;
    });
    if (messages.length) {
      result.status = 'rejected';
      continue;
    }
    canonical.push({ line: row.line, cells });
    byLine.set(row.line, result);
  }

  const validated = validateAwardRows(canonical, {
    file: ctx.fileName,
    gazetteer,
    years: 'any',
    origin: { kind: 'imported', importedAt: ctx.importedAt },
  });
  for (const e of validated.errors) {
    const r = byLine.get(e.line ?? -1);
    if (!r) continue;
    r.status = 'rejected';
    r.messages.push(e.column ? `${e.column} ${e.message}` : e.message);
  }
  for (const w of validated.warnings) byLine.get(w.line ?? -1)?.warnings.push(w.message);
  for (const rec of validated.records) {
    const r = byLine.get(rec.origin.line);
    if (r && r.status === 'accepted') r.record = rec;
  }
  for (const r of results) if (r.status === 'accepted' && r.record && r.record.sources.length === 0) r.warnings.push('no source_url: shown as from this file only');
  return results;
}

/** For a name that matches nothing, the user picks from the province's units (or all 514). */
function regionsOf(gazetteer: Gazetteer, provinces?: string[]): { code: string; name: string }[] {
  return gazetteer.regencies.filter((r) => !provinces || provinces.includes(r.provinceCode));
}
