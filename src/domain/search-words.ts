import { foldText } from './ascii-text';

/** Lower case, no diacritics or apostrophes, split on anything else: "Ra'as" → ["raas"], "Kab. HSS" → ["kab", "hss"]. */
export const searchWords = (text: string): string[] =>
  foldText(text)
    .replace(/['’`"]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** A name prepared for matching: its words, and the words run together. */
export interface NameEntry {
  nameWords: string[];
  joined: string;
}

export function nameEntry(name: string): NameEntry {
  const nameWords = searchWords(name);
  return { nameWords, joined: nameWords.join('') };
}

/**
 * How well the typed words fit a name, lower is better: 0 the whole name, 1 its start, 2 every typed word starts
 * one of the name's words (any order), 3 the text inside the name (only with `anywhere`, 3 letters or more).
 */
export function wordRank(typed: readonly string[], e: NameEntry, anywhere = true): number | null {
  const q = typed.join('');
  if (e.joined === q) return 0;
  if (e.joined.startsWith(q)) return 1;
  const used = new Set<number>();
  for (const w of typed) {
    const i = e.nameWords.findIndex((n, k) => !used.has(k) && n.startsWith(w));
    if (i < 0) return anywhere && e.joined.includes(q) && q.length >= 3 ? 3 : null;
    used.add(i);
  }
  return 2;
}
