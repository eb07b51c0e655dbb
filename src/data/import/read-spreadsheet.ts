import Papa from 'papaparse';
import { rowLines } from '@/data/csv-lines';
import { headerScore, normalizeHeader } from './column-mapping';

/** Files above this are refused before they are read: a national list for every edition is well under 1 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One row of a user's table with the line (CSV) or row number (Excel) people see in their own program. */
export interface RawRow {
  line: number;
  cells: string[];
}

/** One table as read: a CSV or JSON file has one, a workbook one per visible sheet. */
export interface RawTable {
  name: string;
  rows: RawRow[];
  /** Cells that only repeat a merged cell to their left (Excel): blank in data rows, kept for headers. */
  mergedRight?: { line: number; col: number }[];
  /** The first row is the header (JSON keys). */
  fixedHeader?: boolean;
}

export type ReadFormat = 'csv' | 'json' | 'xlsx';

/** A file as read, before a table and its header row are chosen. */
export interface ReadFile {
  fileName: string;
  format: ReadFormat;
  /** The CSV delimiter found (`,`, `;`, tab); empty otherwise. */
  delimiter: string;
  tables: RawTable[];
  /** The file's name promised another format than its content (an .xlsx named .csv). */
  renamed?: boolean;
}

/** A user's table before its columns are understood: header cells and data rows with their lines. */
export interface Sheet {
  fileName: string;
  format: ReadFormat;
  delimiter: string;
  /** The sheet of a workbook this table comes from. */
  sheetName?: string;
  /** Line of the header row (its second line when the header spans two rows). */
  headerLine: number;
  headers: string[];
  rows: RawRow[];
  /** The one year the title above the table or the sheet's name states ("REKAP UHC AWARDS TAHUN 2026"). */
  titleYear?: number;
}

/** Why a file cannot be read, in terms the dialog turns into a sentence in the reader's language. */
export type ReadProblem =
  | { code: 'tooBig'; mb: number; limitMb: number }
  | { code: 'empty' }
  | { code: 'notJson'; detail: string }
  | { code: 'jsonShape' }
  | { code: 'singleColumn' }
  | { code: 'noHeader' }
  | { code: 'binary' }
  | { code: 'pdf' }
  | { code: 'xls' }
  | { code: 'encrypted' }
  | { code: 'ods' }
  | { code: 'corruptWorkbook'; detail: string }
  | { code: 'noSheets' };

export class SpreadsheetError extends Error {
  constructor(
    readonly problem: ReadProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SpreadsheetError';
  }
}

const fail = (problem: ReadProblem, message: string): never => {
  throw new SpreadsheetError(problem, message);
};

// ---- what the bytes are ----

export type FileKind = 'empty' | 'text' | 'zip' | 'ods' | 'cfb-encrypted' | 'cfb' | 'pdf' | 'binary';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Looks at the content, not the name: an .xlsx renamed .csv is still a workbook, a PDF renamed .csv is not a
 * table. The first 64 KB are enough, except for an OLE2 file, whose directory can be anywhere.
 */
export function sniffBytes(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // OpenDocument stores an uncompressed "mimetype" entry first.
    const head = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
    return head.startsWith('mimetype') && head.includes('opendocument.spreadsheet') ? 'ods' : 'zip';
  }
  // OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx encrypted with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return containsUtf16(bytes, 'EncryptionInfo') ? 'cfb-encrypted' : 'cfb';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  // Text files have no control bytes below the tab.
  return sample.some((b) => b < 9) ? 'binary' : 'text';
}

/** UTF-8 (with or without BOM) or UTF-16 (Excel's "Unicode text"); anything else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

// ---- CSV and JSON ----

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
function readJson(text: string, fileName: string): ReadFile {
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

/**
 * The delimiter is read off the first lines, where cells are names: Papa's guess over the whole file is
 * thrown off by notes full of commas and quotes (found by the property tests). A title line above the header
 * has few delimiters, so the line with the most wins.
 */
function headerDelimiter(text: string): string {
  const lines = text.split('\n', 40).filter((l) => l.trim() !== '');
  let best: [string, number] = [',', 0];
  for (const line of lines.slice(0, 30)) {
    const outside = line.replace(/"[^"]*"/g, '');
    for (const d of [';', ',', '\t', '|']) {
      const n = outside.split(d).length - 1;
      if (n > best[1]) best = [d, n];
    }
  }
  return best[0];
}

function readCsv(text: string, fileName: string, onProgress?: (done: number, total: number) => void): ReadFile {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.includes('\u0000')) fail({ code: 'binary' }, `${fileName}: this is a binary file, not a table`);
  const delimiter = headerDelimiter(clean);
  const data: string[][] = [];
  let nextReport = 0;
  Papa.parse<string[]>(clean, {
    skipEmptyLines: false,
    newline: '\n',
    delimiter,
    step: (r) => {
      data.push(r.data);
      if (onProgress && r.meta.cursor >= nextReport) {
        onProgress(r.meta.cursor, clean.length);
        nextReport = r.meta.cursor + clean.length / 50;
      }
    },
  });
  const lines = rowLines(data);
  const rows = data.map((cells, i) => ({ line: lines[i]!, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) fail({ code: 'empty' }, `${fileName}: the file is empty`);
  if (rows.every((r) => r.cells.length < 2)) {
    fail({ code: 'singleColumn' }, `${fileName}: found a single column — is this a CSV with commas or semicolons between cells?`);
  }
  return { fileName, format: 'csv', delimiter, tables: [{ name: fileName, rows }] };
}

/** CSV (UTF-8 with or without BOM; comma, semicolon or tab) or JSON text. */
export function readText(text: string, fileName: string, onProgress?: (done: number, total: number) => void): ReadFile {
  const clean = text.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(clean);
  if (clean.trim() === '') return fail({ code: 'empty' }, `${fileName}: the file is empty`);
  return looksJson ? readJson(clean, fileName) : readCsv(clean, fileName, onProgress);
}

// ---- the header row ----

const isNumberLike = (c: string) => /^[-+]?[\d.,\s%]+$/.test(c.trim()) && /\d/.test(c);

/**
 * The header row: the row among the first 30 whose cells name the most known columns (a title block,
 * a date line or an empty row above it is skipped). Without any known column, the first row with two or
 * more different text cells.
 */
function findHeaderRow(rows: readonly RawRow[]): number {
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(rows.length, 30);
  for (let i = 0; i < limit; i++) {
    const score = headerScore(rows[i]!.cells);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  for (let i = 0; i < limit; i++) {
    const text = new Set(rows[i]!.cells.map((c) => c.trim()).filter((c) => c && !isNumberLike(c)));
    if (text.size >= 2) return i;
  }
  return 0;
}

/**
 * A second header row under cells merged across columns ("Capaian" over "Cakupan" and "Keaktifan"): every
 * cell it fills sits under an empty, repeated or spanning header cell, none of its cells is a number, and it
 * names a known column itself.
 */
function isSubHeader(top: readonly string[], sub: readonly string[]): boolean {
  if (sub.some((c) => isNumberLike(c)) || headerScore(sub) < 1) return false;
  let differs = false;
  for (let i = 0; i < sub.length; i++) {
    const s = (sub[i] ?? '').trim();
    const t = (top[i] ?? '').trim();
    if (!s || s === t) continue;
    differs = true;
    const spans = !t || (top[i - 1] ?? '').trim() === t || (top[i + 1] ?? '').trim() === t || (top[i + 1] ?? '').trim() === '';
    if (!spans) return false;
  }
  return differs;
}

/** The single year (2014–2100) written in the title rows above the header and the sheet's name, if exactly one. */
function yearAbove(rows: readonly RawRow[], sheetName: string): number | undefined {
  const years = new Set<number>();
  for (const text of [sheetName, ...rows.flatMap((r) => r.cells)]) {
    for (const m of text.matchAll(/(?:^|\D)(20\d{2})(?!\d)/g)) if (Number(m[1]) >= 2014) years.add(Number(m[1]));
  }
  return years.size === 1 ? [...years][0] : undefined;
}

/** A table of a read file with its header row (found, or as the user set it) and its data rows. */
export function sheetFromTable(file: ReadFile, tableIndex = 0, headerIndex?: number): Sheet {
  const table = file.tables[tableIndex];
  if (!table) return fail({ code: 'noSheets' }, `${file.fileName}: no sheet with data`);
  const rows = table.rows;
  if (rows.length === 0) return fail({ code: 'empty' }, `${file.fileName}: the sheet is empty`);
  const h = Math.min(Math.max(headerIndex ?? (table.fixedHeader ? 0 : findHeaderRow(rows)), 0), rows.length - 1);
  const width = Math.max(...rows.map((r) => r.cells.length));
  let headers = Array.from({ length: width }, (_, i) => (rows[h]!.cells[i] ?? '').trim());
  let first = h + 1;
  const next = rows[h + 1];
  if (next && isSubHeader(headers, next.cells)) {
    const sub = next.cells.map((c) => c.trim());
    // A span written once (CSV) covers the empty cells to its right.
    let span = '';
    headers = headers.map((t, i) => {
      if (t) span = t;
      const top = t || (sub[i] ? span : '');
      const s = sub[i] ?? '';
      return !s || s === top ? top : top ? `${top} ${s}` : s;
    });
    first = h + 2;
  }
  if (headers.filter(Boolean).length < 2) return fail({ code: 'noHeader' }, `${file.fileName}: no header row with two or more column names`);
  const titleYear = yearAbove(rows.slice(0, h), file.format === 'xlsx' ? table.name : '');
  const headerKey = headers.map(normalizeHeader).join('|');
  const mergedRight = new Set((table.mergedRight ?? []).map((m) => `${m.line}:${m.col}`));
  const body = rows
    .slice(first)
    // A header repeated on every printed page is not a row.
    .filter((r) => r.cells.map(normalizeHeader).join('|') !== headerKey)
    .map((r) => (mergedRight.size ? { line: r.line, cells: r.cells.map((c, i) => (mergedRight.has(`${r.line}:${i}`) ? '' : c)) } : r));
  return {
    fileName: file.fileName,
    format: file.format,
    delimiter: file.delimiter,
    ...(file.format === 'xlsx' ? { sheetName: table.name } : {}),
    headerLine: rows[first - 1]!.line,
    headers,
    rows: body,
    ...(titleYear ? { titleYear } : {}),
  };
}

/** For tests and small text files: CSV or JSON text straight to its (first) table. */
export function readSpreadsheet(text: string, fileName: string): Sheet {
  return sheetFromTable(readText(text, fileName));
}
