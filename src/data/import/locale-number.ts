/**
 * Numbers as Indonesian and English spreadsheets write them: "98,8", "98.8", "98,8 %", "105.544",
 * "1.234.567", "1,234,567", "1.234,5". Returns the number as a canonical string ("98.8"), or null.
 *
 * A lone separator followed by exactly three digits is read as a thousands separator only for whole-number
 * columns (population, participants); in a percentage column "105.544" stays 105.544.
 */
export function parseLocaleNumber(raw: string, kind: 'decimal' | 'integer'): string | null {
  let s = raw.trim().replace(/\s|%|\u00A0/g, '');
  if (s === '') return null;
  if (!/^-?[\d.,]+$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one is the decimal separator.
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    s = s.split(thousands).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    if (sep) {
      const parts = s.split(sep);
      const grouped = parts.length > 1 && parts.slice(1).every((p) => p.length === 3) && parts[0]!.replace('-', '').length <= 3 && parts[0] !== '';
      if (parts.length > 2 && !grouped) return null;
      s = grouped && (kind === 'integer' || parts.length > 2) ? parts.join('') : parts.join('.');
    }
  }
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  if (kind === 'integer' && !Number.isInteger(n)) return null;
  return String(n);
}
