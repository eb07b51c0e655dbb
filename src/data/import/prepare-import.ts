import { checkRow } from './check-row';
import { leftOutRow } from './classify-row';
import type { ColumnMapping } from './column-mapping';
import { createImportCache, type ImportCache, type ImportContext } from './import-context';
import type { ImportIssue, ImportRowResult } from './import-row-result';
import type { Sheet } from './read-spreadsheet';

export interface PreparedImport {
  /** Rows as checked one by one, file order. */
  bases: ImportRowResult[];
  /** The same after the checks across rows (duplicates): what the report shows. */
  results: ImportRowResult[];
  /** Province named by a section row above ("JAWA BARAT" alone on a row), by line. */
  sectionHints: ReadonlyMap<number, string>;
  /** Notes about the whole file. */
  notes: ImportIssue[];
}

/** Across rows: an exact repeat of an earlier row is refused; another row for the same region, year and source is flagged. */
function finalize(bases: readonly ImportRowResult[]): ImportRowResult[] {
  const exact = new Map<string, number>();
  const source = new Map<string, number>();
  return bases.map((r) => {
    if (r.status !== 'accepted' || !r.exactKey || !r.sourceKey) return r;
    const first = exact.get(r.exactKey);
    if (first !== undefined) {
      const { record: _record, ...rest } = r;
      return { ...rest, status: 'rejected', issues: [...r.issues, { code: 'exactDuplicate', line: first }] };
    }
    exact.set(r.exactKey, r.line);
    const firstSource = source.get(r.sourceKey);
    if (firstSource !== undefined) return { ...r, warnings: [...r.warnings, { code: 'sameRegionYear', line: firstSource }] };
    source.set(r.sourceKey, r.line);
    return r;
  });
}

function fileNotes(mapping: ColumnMapping): ImportIssue[] {
  return mapping.source_url === undefined ? [{ code: 'noSourceColumn' }] : [];
}

function prepareRange(
  sheet: Sheet,
  mapping: ColumnMapping,
  ctx: ImportContext,
  cache: ImportCache,
  from: number,
  to: number,
  state: { section?: string; hints: Map<number, string> },
  out: ImportRowResult[],
) {
  for (let i = from; i < to; i++) {
    const row = sheet.rows[i]!;
    const skip = ctx.edits?.has(row.line) ? null : leftOutRow(row, mapping, ctx.gazetteer, cache);
    if (skip) {
      if (skip.province) state.section = skip.province;
      out.push({ line: row.line, status: 'ignored', label: skip.issue.value ?? row.cells.find((c) => c.trim()) ?? '', issues: [skip.issue], warnings: [] });
      continue;
    }
    if (state.section) state.hints.set(row.line, state.section);
    out.push(checkRow(row, mapping, ctx, cache, state.section));
  }
}

/** Turns a user's sheet into checked rows: nothing is applied here. */
export function prepareAll(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): PreparedImport {
  const cache = ctx.cache ?? createImportCache();
  const bases: ImportRowResult[] = [];
  const state = { hints: new Map<number, string>() } as { section?: string; hints: Map<number, string> };
  prepareRange(sheet, mapping, ctx, cache, 0, sheet.rows.length, state, bases);
  return { bases, results: finalize(bases), sectionHints: state.hints, notes: fileNotes(mapping) };
}

/** The rows as the report shows them (file order). */
export function prepareImport(sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext): ImportRowResult[] {
  return prepareAll(sheet, mapping, ctx).results;
}

/**
 * The same in slices, yielding to the page between them so a 20,000-row file keeps the tab responsive,
 * with progress; an aborted signal stops it (the promise then rejects with the signal's reason).
 */
export async function prepareInSlices(
  sheet: Sheet,
  mapping: ColumnMapping,
  ctx: ImportContext,
  { signal, onProgress, sliceRows = 2500 }: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void; sliceRows?: number } = {},
): Promise<PreparedImport> {
  const cache = ctx.cache ?? createImportCache();
  const bases: ImportRowResult[] = [];
  const state = { hints: new Map<number, string>() } as { section?: string; hints: Map<number, string> };
  const total = sheet.rows.length;
  for (let from = 0; from < total; from += sliceRows) {
    signal?.throwIfAborted();
    prepareRange(sheet, mapping, ctx, cache, from, Math.min(total, from + sliceRows), state, bases);
    onProgress?.(Math.min(total, from + sliceRows), total);
    if (from + sliceRows < total) await new Promise((r) => setTimeout(r, 0));
  }
  signal?.throwIfAborted();
  return { bases, results: finalize(bases), sectionHints: state.hints, notes: fileNotes(mapping) };
}

/** Re-checks the given lines after an edit or a pick, then the checks across rows; other rows keep their objects. */
export function recheck(prepared: PreparedImport, sheet: Sheet, mapping: ColumnMapping, ctx: ImportContext, lines: Iterable<number>): PreparedImport {
  const cache = ctx.cache ?? createImportCache();
  const wanted = new Set(lines);
  const rowAt = new Map(sheet.rows.filter((r) => wanted.has(r.line)).map((r) => [r.line, r]));
  const bases = prepared.bases.map((b) => {
    const row = rowAt.get(b.line);
    return row ? checkRow(row, mapping, ctx, cache, prepared.sectionHints.get(b.line)) : b;
  });
  return { ...prepared, bases, results: finalize(bases) };
}

/** The lines a pick for this row also settles: every undecided row writing the same name. */
export function linesSharingName(prepared: PreparedImport, line: number): number[] {
  const key = prepared.bases.find((b) => b.line === line)?.nameKey;
  return key ? prepared.bases.filter((b) => b.nameKey === key).map((b) => b.line) : [line];
}
