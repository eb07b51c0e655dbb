/** Physical line number of each parsed CSV row (quoted cells may span lines), for messages people can find. */
export function rowLines(rows: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1 + row.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
  }
  return lines;
}
