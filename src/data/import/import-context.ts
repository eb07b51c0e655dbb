import type { AwardRecord } from '@/domain/award-record';
import type { MatchResult } from '@/domain/match-name';
import type { Gazetteer } from '@/domain/regions';
import type { ImportField } from './column-mapping';

/** Memo for a session of one file: a name is matched once, however often it is re-checked. */
export interface ImportCache {
  match: Map<string, MatchResult>;
  province: Map<string, string[] | undefined>;
}

export function createImportCache(): ImportCache {
  return { match: new Map(), province: new Map() };
}

export interface ImportContext {
  gazetteer: Gazetteer;
  fileName: string;
  importedAt: string;
  /** `line:N` → code for one row, `name:KEY` → code for every row writing that name: the user's picks. */
  choices?: ReadonlyMap<string, string>;
  /** line → corrected cells, by field: the user's fixes in the report. */
  edits?: ReadonlyMap<number, Partial<Record<ImportField, string>>>;
  /** Year for every row when the file has no year column. */
  defaultYear?: number;
  /** Records already shown, by code: an identical one is not offered twice. */
  existing?: ReadonlyMap<string, readonly AwardRecord[]>;
  cache?: ImportCache;
}
