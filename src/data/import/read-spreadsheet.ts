import Papa from 'papaparse';
import { rowLines } from '@/data/csv-lines';

/** Files above this are refused before they are read: a full national list is well under 1 MB. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** A user's table before its columns are understood: header cells and data rows with their lines. */
export interface Sheet {
  fileName: string;
  format: 'csv' | 'json';
  /** The CSV delimiter found (`,`, `;`, tab); empty for JSON. */
  delimiter: string;
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export class SpreadsheetError extends Error {}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/** JSON: an array of objects, or {records: [...]}. Each object is one row; keys are the headers. */
function readJson(text: string, fileName: string): Sheet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SpreadsheetError(`${fileName}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(json) ? json : (json as { records?: unknown })?.records;
  if (!Array.isArray(list) || list.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) {
    throw new SpreadsheetError(`${fileName}: expected a list of objects (or {"records": [...]}), one per row`);
  }
  const headers = [...new Set((list as Record<string, unknown>[]).flatMap((r) => Object.keys(r)))];
  // A JSON row has no line; its position (1-based, as people count rows) stands in.
  const rows = (list as Record<string, unknown>[]).map((r, i) => ({ line: i + 1, cells: headers.map((h) => cellText(r[h])) }));
  return { fileName, format: 'json', delimiter: '', headers, rows };
}


/**
 * The delimiter is read off the header line, where cells are names: Papa's guess over the whole file is
 * thrown off by notes full of commas and quotes (found by the property tests).
 */
function headerDelimiter(text: string): string {
  const header = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t', '|'].map((d) => [d, outside.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

function readCsv(text: string, fileName: string): Sheet {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, newline: '\n', delimiter: headerDelimiter(text) });
  const rows = parsed.data;
  const lines = rowLines(rows);
  const headerAt = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  if (headerAt < 0) throw new SpreadsheetError(`${fileName}: the file is empty`);
  const headers = rows[headerAt]!.map((h) => h.trim());
  if (headers.length < 2) throw new SpreadsheetError(`${fileName}: found a single column — is this a CSV with commas or semicolons between cells?`);
  const body = rows
    .map((cells, i) => ({ line: lines[i]!, cells }))
    .slice(headerAt + 1)
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { fileName, format: 'csv', delimiter: parsed.meta.delimiter, headers, rows: body };
}

/** Reads CSV (UTF-8 with or without BOM; comma, semicolon or tab) or JSON into a Sheet. */
export function readSpreadsheet(text: string, fileName: string): Sheet {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.includes('\u0000')) throw new SpreadsheetError(`${fileName}: this is a binary file; save the spreadsheet as CSV (UTF-8) first`);
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(clean);
  return looksJson ? readJson(clean, fileName) : readCsv(clean, fileName);
}

/** Reads a File with the size limit checked first. */
export async function readSpreadsheetFile(file: File): Promise<Sheet> {
  if (file.size > MAX_IMPORT_BYTES) {
    throw new SpreadsheetError(`${file.name}: ${(file.size / 1024 / 1024).toFixed(1)} MB is above the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit`);
  }
  if (/\.(xlsx|xls|ods)$/i.test(file.name)) throw new SpreadsheetError(`${file.name}: save the spreadsheet as CSV (UTF-8) first`);
  return readSpreadsheet(await file.text(), file.name);
}
