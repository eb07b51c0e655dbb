import { normalizeHeader } from './column-mapping';
import { fail, type ReadFile } from './read-spreadsheet';

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** Nested objects become "parent child" keys: {"capaian": {"cakupan": 98}} → "capaian cakupan". */
function flatten(obj: Record<string, unknown>, prefix = '', out: [string, unknown][] = []): [string, unknown][] {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix} ${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, key, out);
    else out.push([key, v]);
  }
  return out;
}

function jsonList(json: unknown): unknown[] | null {
  if (Array.isArray(json)) return json;
  if (!json || typeof json !== 'object') return null;
  const o = json as Record<string, unknown>;
  for (const k of ['records', 'data', 'rows', 'items', 'awards']) if (Array.isArray(o[k])) return o[k] as unknown[];
  const arrays = Object.values(o).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : null;
}

/**
 * JSON: a list of objects (or {"records": [...]}, or an object holding one list), or a list of lists whose first
 * is the header. Keys are headers, matched as CSV headers are: "Kategori", "kategori" and "KATEGORI" are one column.
 */
export function readJson(text: string, fileName: string): ReadFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail({ code: 'notJson', detail: (e as Error).message }, `${fileName}: not valid JSON (${(e as Error).message})`);
  }
  const list = jsonList(json);
  if (!list || list.length === 0) return fail({ code: 'jsonShape' }, `${fileName}: expected a list of objects (or {"records": [...]}), one per row`);
  if (list.every(Array.isArray)) {
    const rows = (list as unknown[][]).map((r, i) => ({ line: i + 1, cells: r.map(cellText) }));
    return { fileName, format: 'json', delimiter: '', tables: [{ name: fileName, rows }] };
  }
  if (list.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    return fail({ code: 'jsonShape' }, `${fileName}: expected a list of objects (or {"records": [...]}), one per row`);
  }
  const entries = (list as Record<string, unknown>[]).map((r) => flatten(r));
  const headers: string[] = [];
  const columnOf = new Map<string, number>();
  for (const e of entries) {
    for (const [k] of e) {
      const key = normalizeHeader(k) || k;
      if (!columnOf.has(key)) {
        columnOf.set(key, headers.length);
        headers.push(k);
      }
    }
  }
  // A JSON row has no line; its position (1-based, as people count) stands in; the header is line 0.
  const rows = entries.map((e, i) => {
    const cells = headers.map(() => '');
    for (const [k, v] of e) {
      const col = columnOf.get(normalizeHeader(k) || k)!;
      if (cells[col] === '') cells[col] = cellText(v);
    }
    return { line: i + 1, cells };
  });
  return { fileName, format: 'json', delimiter: '', tables: [{ name: fileName, rows: [{ line: 0, cells: headers }, ...rows], fixedHeader: true }] };
}
