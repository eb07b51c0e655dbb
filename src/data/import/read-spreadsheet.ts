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

export const fail = (problem: ReadProblem, message: string): never => {
  throw new SpreadsheetError(problem, message);
};
