import { describe, expect, it } from 'vitest';
import { csvCell, toExcelCsv } from '@/data/excel-csv';

describe('CSV for Indonesian Excel', () => {
  it('starts with a BOM, separates with semicolons and uses decimal commas', () => {
    const csv = toExcelCsv(['kode', 'cakupan_pct'], [['16.07', 98.8]]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFkode;cakupan_pct\r\n16.07;98,8\r\n');
  });

  it('quotes cells with separators, quotes or line breaks', () => {
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('neutralises cells Excel would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+62 811')).toBe("'+62 811");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-1)).toBe('-1'); // numbers are numbers
  });
});
