import type { AwardRecord } from '@/domain/award-record';
import type { Region } from '@/domain/regions';
import { AWARD_COLUMNS, validateAwardRows, type AwardColumn } from '@/data/parse-award-rows';
import type { CellGetter } from './cell-readers';
import type { ImportField } from './column-mapping';
import type { ImportContext } from './import-context';
import type { ImportRowResult } from './import-row-result';

/** A row's values once read and checked without a problem: what its record is built from. */
export interface CheckedRow {
  line: number;
  code: string;
  level: string;
  year: string;
  category: string;
  name: string;
  region: Region | undefined;
  recipientName: string;
  recipientRole: string;
  represents: string;
  accompanying: string;
  url: string;
  dates: Partial<Record<AwardColumn, string>>;
  numbers: Partial<Record<AwardColumn, string>>;
  /** The other cells, as written. */
  get: CellGetter;
}

function factKey(r: AwardRecord): string {
  return JSON.stringify([
    r.code,
    r.year,
    r.category,
    r.metrics,
    r.recipient ?? null,
    r.represents,
    r.accompanying,
    r.previous.map((p) => p.text),
    r.sources.map((s) => s.url),
    r.eventDate ?? null,
    r.note?.en ?? null,
  ]);
}

/** The record, built by the same validator as the bundled data, and set on the row's result. */
export function buildRecord(result: ImportRowResult, row: CheckedRow, ctx: ImportContext): ImportRowResult {
  const { code, name, recipientName, recipientRole } = row;
  const cells = AWARD_COLUMNS.map((c): string => {
    switch (c) {
      case 'code':
        return code;
      case 'level':
        return row.level;
      case 'year':
        return row.year;
      case 'category':
        return row.category;
      case 'name_as_written':
        // Read against the code above already; the validator would match it again.
        return '';
      case 'recipient_name':
        // A name without a role is kept (a warning), which the bundled data's rule does not allow.
        return recipientRole ? recipientName : '';
      case 'recipient_role':
        return recipientRole;
      case 'represented_head':
        return row.represents;
      case 'accompanying':
        return row.accompanying;
      case 'source_url':
        return row.url;
      case 'event_date':
      case 'published_date':
      case 'metrics_as_of':
        return row.dates[c] ?? '';
      case 'coverage_pct':
      case 'active_pct':
      case 'pemda_registered_pct':
      case 'population':
      case 'participants':
        return row.numbers[c] ?? '';
      default:
        return row.get(c);
    }
  });
  const checked = validateAwardRows([{ line: row.line, cells }], {
    file: ctx.fileName,
    gazetteer: ctx.gazetteer,
    years: 'any',
    origin: { kind: 'imported', importedAt: ctx.importedAt },
  });
  const record = checked.records[0];
  if (!record) {
    // Everything the validator checks is read before; this is a safety net, worded with the column it names.
    for (const e of checked.errors) result.issues.push({ code: 'invalid', field: e.column as ImportField | undefined, value: e.message });
    result.status = 'rejected';
    return result;
  }
  record.nameAsWritten = name || row.region?.name || '';
  if (recipientName && !recipientRole) record.recipient = { name: recipientName, role: '' };
  result.record = record;
  result.exactKey = [...cells, name, recipientName].join('\u0000');
  result.sourceKey = `${code}|${row.year}|${row.url}`;
  const same = ctx.existing?.get(code)?.find((r) => r.year === record.year && factKey(r) === factKey(record));
  if (same) {
    result.warnings.push({ code: 'sameAsShown', value: same.origin.kind, other: same.origin.file });
    result.defaultSkip = true;
  }
  return result;
}
