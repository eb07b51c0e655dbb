import type { RawRow, RawTable } from './read-spreadsheet';

/**
 * Excel workbooks (.xlsx) through ExcelTS, loaded only when a workbook is read (it is not in the first view's
 * code). Every visible sheet becomes a table of text cells as a CSV would give them: a percentage stored as
 * a fraction with a percent format becomes its percent ("0.9826" shown as 98.26% → "98.26"), a date cell an
 * ISO date, a formula its last computed value, a cell inside a merged block the block's value.
 */
type Loaded = Awaited<ReturnType<typeof loadWorkbook>>;
type Worksheet = Loaded['worksheets'][number];
type Cell = ReturnType<ReturnType<Worksheet['getRow']>['getCell']>;

async function loadWorkbook(bytes: Uint8Array) {
  const { Workbook } = await import('./spreadsheet-library');
  const wb = new Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

/** A number format that multiplies by 100 for display: a % outside quotes and not escaped. */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

const pad = (n: number) => String(n).padStart(2, '0');

function numberText(n: number, format: string | undefined): string {
  if (!Number.isFinite(n)) return '';
  // toPrecision(12) drops the float noise of 0.9826 * 100 = 98.26000000000001.
  return String(Number((isPercentFormat(format) ? n * 100 : n).toPrecision(12)));
}

function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Link cells whose text only says "link": the address is what matters. */
const GENERIC_LINK_TEXT = /^(link|tautan|berita|sumber|klik|baca|lihat|di ?sini|url|source|here)\b/i;

function valueText(v: unknown, format: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return numberText(v, format);
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
  if (typeof o.hyperlink === 'string') {
    const text = typeof o.text === 'string' ? o.text : valueText(o.text, format);
    return !text.trim() || /^https?:\/\//i.test(text.trim()) || GENERIC_LINK_TEXT.test(text.trim()) ? o.hyperlink : text;
  }
  if ('formula' in o || 'sharedFormula' in o || 'result' in o) return valueText(o.result, format);
  if ('error' in o) return '';
  if ('checkbox' in o) return o.checkbox ? 'ya' : 'tidak';
  return '';
}

function formatOf(cell: Cell): string | undefined {
  const f = cell.numFmt as unknown;
  if (typeof f === 'string') return f;
  if (f && typeof f === 'object' && typeof (f as { formatCode?: unknown }).formatCode === 'string') return (f as { formatCode: string }).formatCode;
  return undefined;
}

function readSheet(ws: Worksheet): RawTable {
  const width = ws.columnCount;
  const rows: RawRow[] = [];
  const mergedRight: { line: number; col: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      const master = cell.isMerged ? cell.master : cell;
      const text = valueText(master.value, formatOf(master))
        .replace(/\u00a0/g, ' ')
        .trim();
      if (master !== cell && master.col !== cell.col && text) mergedRight.push({ line, col: c - 1 });
      cells.push(text);
    }
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((x) => x !== '')) rows.push({ line, cells });
  });
  return { name: ws.name, rows, ...(mergedRight.length ? { mergedRight } : {}) };
}

/** Every visible sheet with at least one filled cell, in workbook order. */
export async function readWorkbookTables(bytes: Uint8Array): Promise<RawTable[]> {
  const wb = await loadWorkbook(bytes);
  return wb.worksheets.filter((ws) => ws.state !== 'hidden' && ws.state !== 'veryHidden').map(readSheet);
}
