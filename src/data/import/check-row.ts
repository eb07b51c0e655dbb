import { buildRecord } from './build-record';
import {
  cleanCell,
  normalizeCategory,
  normalizeCode,
  parseYear,
  PERCENT_COLUMNS,
  readDates,
  readFigures,
  readSourceUrl,
  type CellGetter,
} from './cell-readers';
import type { ColumnMapping, ImportField } from './column-mapping';
import type { ImportCache, ImportContext } from './import-context';
import type { ImportIssue, ImportRowResult } from './import-row-result';
import type { RawRow } from './read-spreadsheet';
import { officialsCell, splitRecipient } from './recipient-cells';
import { resolveRegion } from './resolve-region';

/** Checks one row on its own; the checks across rows (duplicates) come after, in prepare-import.ts. */
export function checkRow(row: RawRow, mapping: ColumnMapping, ctx: ImportContext, cache: ImportCache, sectionHint: string | undefined): ImportRowResult {
  const edit = ctx.edits?.get(row.line);
  const get: CellGetter = (f) => {
    const e = edit?.[f];
    if (e !== undefined) return cleanCell(e);
    const i = mapping[f];
    return i === undefined ? '' : cleanCell(row.cells[i] ?? '');
  };
  const mapped = (f: ImportField) => mapping[f] !== undefined || edit?.[f] !== undefined;
  const issues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const name = get('name_as_written');
  const codeText = normalizeCode(get('code'));
  const label = name || codeText || `#${row.line}`;
  const result: ImportRowResult = { line: row.line, status: 'accepted', label, issues, warnings };

  const place = resolveRegion(
    { line: row.line, name, codeText, levelText: get('level'), provinceText: get('province'), sectionHint },
    ctx,
    cache,
    issues,
    warnings,
  );
  if (place.nameKey) result.nameKey = place.nameKey;
  if (place.candidates) result.candidates = place.candidates;
  if (place.code) result.code = place.code;
  const { code, region } = place;

  // ---- year and category: without them a row means nothing ----
  const yearText = get('year') || (ctx.defaultYear ? String(ctx.defaultYear) : '');
  const year = parseYear(yearText);
  if (year === null) issues.push({ code: 'noYear', field: 'year' });
  else if (year === 'bad' || year < 2014 || year > 2100) issues.push({ code: 'badYear', field: 'year', value: yearText });
  const categoryText = get('category');
  const category = normalizeCategory(categoryText);
  if (!categoryText) issues.push({ code: 'noCategory', field: 'category' });
  else if (!category) issues.push({ code: 'badCategory', field: 'category', value: categoryText });

  const numbers = readFigures(get, issues, warnings);

  // ---- details: kept when readable, otherwise left out with a warning ----
  const dates = readDates(get, warnings);
  const url = readSourceUrl(get, warnings);
  let recipientName = get('recipient_name');
  let recipientRole = get('recipient_role');
  if (recipientName && !recipientRole) ({ name: recipientName, role: recipientRole } = splitRecipient(recipientName, region));
  // Only where the file has a role column: a list of names alone would warn on every row and say nothing.
  // The region's kind picks the example role (`other`): Wali Kota for a kota, Bupati, Gubernur.
  if (recipientName && !recipientRole && mapped('recipient_role')) {
    warnings.push({ code: 'roleMissing', field: 'recipient_role', value: recipientName, ...(region ? { other: region.level } : {}) });
  }
  if (!recipientName && recipientRole && mapped('recipient_name'))
    warnings.push({ code: 'recipientNameMissing', field: 'recipient_name', value: recipientRole });
  const represents = officialsCell(get('represented_head'), region, 'represented_head', warnings);
  const accompanying = officialsCell(get('accompanying'), region, 'accompanying', warnings);
  const missing: ImportField[] = (['source_url', 'event_date'] as const).filter((f) => mapped(f) && !get(f));
  // No figure at all where the file has columns for them: named by the first of those columns.
  const percentMapped = PERCENT_COLUMNS.filter((r) => mapped(r.column));
  if (percentMapped.length && percentMapped.every((r) => !numbers[r.column])) missing.push(percentMapped[0]!.column);
  if (missing.length) warnings.push({ code: 'missing', fields: missing });

  if (issues.length) {
    result.status = place.nameProblem && issues.length === 1 ? 'choose' : 'rejected';
    return result;
  }
  return buildRecord(
    result,
    {
      line: row.line,
      code,
      level: place.level,
      year: String(year),
      category: category!,
      name,
      region,
      recipientName,
      recipientRole,
      represents,
      accompanying,
      url,
      dates,
      numbers,
      get,
    },
    ctx,
  );
}
