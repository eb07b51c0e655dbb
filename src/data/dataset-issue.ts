/**
 * A problem found in a data file, located so a person can fix it:
 * `data/awards.csv:42: code: unknown code "16.99"` or `data/editions.json editions[0].totals[1]: …`.
 */
export interface DatasetIssue {
  file: string;
  /** CSV: the physical line. */
  line?: number;
  /** CSV: the column; JSON: the path to the value. */
  column?: string;
  message: string;
}

export function formatIssue(i: DatasetIssue): string {
  const where = i.line !== undefined ? `${i.file}:${i.line}` : i.file;
  return `${where}: ${i.column ? `${i.column}: ` : ''}${i.message}`;
}
