import type { AwardOutcome, Category } from './award-record';

/** An outcome a complete list implies for one unit it does not name. */
export interface ListInference {
  code: string;
  category: 'none' | Category;
}

export interface InferredRows {
  /** One per unit of the area the page does not name, in area order. */
  rows: ListInference[];
  /** Units the page names that are not in the area: the list is not the area's, or the area is wrong. */
  outside: string[];
}

/**
 * The rows a list that a page presents as complete for an area implies: "salah satu dari empat kabupaten/kota di
 * Provinsi Lampung" names four recipients, so every other unit of the province was not awarded (`rest` none);
 * "3 Madya, daerah lainnya Pratama" gives the others a category. Only units of the area get a row, never one
 * outside it; named units keep their own stated rows and get none here.
 */
export function inferFromCompleteList(area: readonly string[], named: ReadonlyMap<string, AwardOutcome>, rest: 'none' | Category): InferredRows {
  const inArea = new Set(area);
  const rows = [...inArea].filter((code) => !named.has(code)).map((code) => ({ code, category: rest }));
  return { rows, outside: [...named.keys()].filter((code) => !inArea.has(code)) };
}
