import { headerScore, normalizeHeader } from './column-mapping';
import { fail, type RawRow, type ReadFile, type Sheet } from './read-spreadsheet';

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
