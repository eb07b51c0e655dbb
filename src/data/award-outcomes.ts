import type { AwardOutcome, AwardRecord, Edition, Evidence, Level } from '@/domain/award-record';
import type { EditionCriteria } from '@/domain/criteria';
import type { AwardsFile } from './awards-file';

/**
 * One record as the first view needs it: what the map colours and the counts count — the record's id (which
 * holds its code and edition), level, outcome and evidence. Figures, recipients, notes and sources stay in
 * awards.json, which loads after the first paint or on the first region opened.
 */
export type OutcomeRow = [id: string, level: Level, category: AwardOutcome, evidence?: Evidence];

/** public/data/awards-map.json (scripts/build-awards.ts): the first view's slice of awards.json. */
export interface AwardOutcomesFile {
  /** The day the bundled data was last changed (said as "data per …", offline too). */
  asOf?: string;
  editions: Edition[];
  criteria: EditionCriteria[];
  outcomes: OutcomeRow[];
}

export function toOutcomesFile(file: AwardsFile): AwardOutcomesFile {
  return {
    asOf: file.asOf,
    editions: file.editions,
    criteria: file.criteria,
    outcomes: file.records.map((r): OutcomeRow => (r.evidence ? [r.id, r.level, r.category, r.evidence] : [r.id, r.level, r.category])),
  };
}

/**
 * Records carrying only their outcome: every detail field is empty. A dataset built from them says so
 * (`detail: 'outcomes'`), and every view that shows a record's facts waits for the full file instead.
 */
export function recordsFromOutcomes(rows: readonly OutcomeRow[]): AwardRecord[] {
  return rows.map(([id, level, category, evidence]) => {
    const [code = '', year = ''] = id.split('/');
    return {
      id,
      code,
      level,
      year: Number(year),
      category,
      nameAsWritten: '',
      metrics: {},
      represents: [],
      accompanying: [],
      previous: [],
      sources: [],
      ...(evidence ? { evidence } : {}),
      origin: { kind: 'bundled', file: 'data/awards.csv', line: 0 },
    };
  });
}
