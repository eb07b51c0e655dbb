import Papa from 'papaparse';
import { rowLines } from '@/data/csv-lines';
import { fail, type ReadFile } from './read-spreadsheet';

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

export function readCsv(text: string, fileName: string, onProgress?: (done: number, total: number) => void): ReadFile {
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
