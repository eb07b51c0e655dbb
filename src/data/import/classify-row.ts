import type { Gazetteer } from '@/domain/regions';
import { cleanCell } from './cell-readers';
import type { ColumnMapping, ImportField } from './column-mapping';
import type { ImportCache } from './import-context';
import type { ImportIssue } from './import-row-result';
import type { RawRow } from './read-spreadsheet';
import { provinceHint } from './resolve-region';

const TOTAL_ROW = /^(jumlah|total|rata-?rata|rerata|grand total|sub ?total)\b/i;

/** A row that is not a record: a total, a province heading over its regions, a note under the table. */
export function leftOutRow(row: RawRow, mapping: ColumnMapping, gazetteer: Gazetteer, cache: ImportCache): { issue: ImportIssue; province?: string } | null {
  const at = (f: ImportField) => (mapping[f] === undefined ? '' : cleanCell(row.cells[mapping[f]!] ?? ''));
  const name = at('name_as_written');
  const filled = row.cells.map((c, i) => [cleanCell(c), i] as const).filter(([c]) => c !== '');
  if (TOTAL_ROW.test(name) || TOTAL_ROW.test(at('code')) || (filled.length <= 3 && filled.some(([c]) => TOTAL_ROW.test(c)) && !at('category'))) {
    return { issue: { code: 'totalRow' } };
  }
  const dataFields = (['category', 'year', 'coverage_pct', 'active_pct', 'code'] as const).filter((f) => at(f));
  if (name && dataFields.length === 0) {
    const p = provinceHint(name.replace(/^(provinsi|prov\.?)\s+/i, ''), gazetteer, cache);
    if (p && filled.every(([, i]) => i === mapping.name_as_written || /^\d+\.?$/.test(cleanCell(row.cells[i] ?? '')) || i === mapping.province)) {
      return { issue: { code: 'sectionRow', value: name }, province: p[0] };
    }
  }
  if (filled.length === 1 && filled[0]![1] !== mapping.name_as_written && filled[0]![1] !== mapping.code)
    return { issue: { code: 'noteRow', value: filled[0]![0] } };
  return null;
}
