/**
 * Text folded for comparison and for addresses: lower case, diacritics dropped. Name matching, search, page
 * paths and file names all start here, so a name folds the same way wherever it is read or written.
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** "Kalimantan Selatan" → kalimantan-selatan: the part of a file name or a path that a name makes. */
export const slugOf = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
