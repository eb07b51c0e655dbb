import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { fail, type ReadFile, type Sheet } from './read-spreadsheet';
import { sheetFromTable } from './sheet-from-table';

/** CSV (UTF-8 with or without BOM; comma, semicolon or tab) or JSON text. */
export function readText(text: string, fileName: string, onProgress?: (done: number, total: number) => void): ReadFile {
  const clean = text.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(fileName) || /^\s*[[{]/.test(clean);
  if (clean.trim() === '') return fail({ code: 'empty' }, `${fileName}: the file is empty`);
  return looksJson ? readJson(clean, fileName) : readCsv(clean, fileName, onProgress);
}

/** For tests and small text files: CSV or JSON text straight to its (first) table. */
export function readSpreadsheet(text: string, fileName: string): Sheet {
  return sheetFromTable(readText(text, fileName));
}
