/**
 * The one shape of award data used everywhere: build scripts, loaders, selectors and panels.
 * Facts come from news pages, so every record carries its source and nothing is merged away:
 * two sources for the same (code, year) are two records.
 */

/** Ordered award categories, highest first. */
export const CATEGORIES = ['utama', 'madya', 'pratama'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * What a record states: a category; `awarded` when the page names the region as a recipient without saying
 * which category; `none` when a source names the region as not awarded.
 */
export type AwardOutcome = Category | 'awarded' | 'none';
/** Highest first: a stated category, then "awarded, category not stated", then not awarded. */
export const OUTCOMES: readonly AwardOutcome[] = [...CATEGORIES, 'awarded', 'none'];
/** The outcomes that are an award (a category, or awarded with the category unknown): what a count of recipients sums. */
export const AWARDED_OUTCOMES: readonly AwardOutcome[] = [...CATEGORIES, 'awarded'];
/**
 * What the map shows for a region in an edition: an outcome, or `unknown` when we hold no record (with an
 * incomplete list, most regions are this).
 */
export type CategoryStatus = AwardOutcome | 'unknown';
export const CATEGORY_STATUSES: readonly CategoryStatus[] = [...OUTCOMES, 'unknown'];

export type Level = 'provinsi' | 'kabupaten' | 'kota';

/**
 * How a record's outcome is known, strongest first: `first-hand` (the region's own government, its certificate,
 * or its BPJS branch about it), `stated` (a page states it: the default), `list` (inferred from a list the page
 * presents as complete for an area; the note quotes the completeness phrase), `remark` (someone else's remark
 * about the region). The map shows the outcome of the best-evidenced records.
 */
export const EVIDENCE_KINDS = ['first-hand', 'stated', 'list', 'remark'] as const;
export type Evidence = (typeof EVIDENCE_KINDS)[number];

export interface Official {
  /** null when the page names the role but not the person. */
  name: string | null;
  role: string;
}

export interface Source {
  url: string;
  publisher: string;
  /** ISO date (YYYY-MM-DD) when the page states it. */
  publishedDate?: string;
}

export type MetricKey = 'coveragePct' | 'activePct' | 'pemdaRegisteredPct';
export const METRIC_KEYS: readonly MetricKey[] = ['coveragePct', 'activePct', 'pemdaRegisteredPct'];

export interface Metrics {
  /** JKN members / residents, in percent. Can exceed 100 (see data/README.md). */
  coveragePct?: number;
  /** Active members / members, in percent. */
  activePct?: number;
  /** Residents enrolled by the local government (PBPU/PBI Pemda) / residents, in percent. */
  pemdaRegisteredPct?: number;
  population?: number;
  participants?: number;
  /** As-of date of the figures as stated: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf?: string;
}

/** A claim about an earlier edition made inside this record's source page. */
export interface PreviousClaim {
  year: number | null;
  /** `awarded`: the page says the region was awarded that year without naming the category. */
  category: Category | 'awarded' | null;
  /** `award:3` — the page counts the present award as the region's third. */
  ordinal?: number;
  /** As written in the file (free text only in imports: the bundled data uses the forms above). */
  text: string;
}

/** Text written in both UI languages (an import's own note, language unknown, is the same text twice). */
export interface LocalizedText {
  id: string;
  en: string;
}

export interface AwardRecord {
  /** Stable id within the dataset: `<code>/<year>/<n>` in file order. */
  id: string;
  /** Kemendagri code: `NN` province or `NN.NN` kabupaten/kota. */
  code: string;
  level: Level;
  year: number;
  category: AwardOutcome;
  /** Name as the source wrote it (kept for audit; display names come from the gazetteer). */
  nameAsWritten: string;
  eventDate?: string;
  metrics: Metrics;
  recipient?: Official;
  /** Whom the recipient stood in for, when the page says so. */
  represents: Official[];
  accompanying: Official[];
  previous: PreviousClaim[];
  sources: Source[];
  /** A caveat about the source or its figures, in both UI languages. */
  note?: LocalizedText;
  /** How the outcome is known; `stated` when not given. */
  evidence?: Evidence;
  /** Where the record came from: the bundled dataset or a user import. */
  origin: { kind: 'bundled'; file: string; line: number } | { kind: 'imported'; file: string; importedAt: string; line: number };
}

export interface TotalStatement {
  subject: 'kabkota' | 'utama' | 'madya' | 'pratama' | 'provinces' | 'pemda';
  value: number;
  preferred?: boolean;
  /** A caveat about the statement, in both UI languages. */
  note?: LocalizedText;
  sources: Source[];
}

export interface DateStatement {
  text: string;
  date: string;
  preferred?: boolean;
  sources: Source[];
}

export interface Edition {
  year: number;
  /** `held`: a national ceremony is documented. `claimed`: only retrospective claims exist. */
  status: 'held' | 'claimed';
  eventDate?: string;
  name?: string;
  venue?: string;
  note?: LocalizedText;
  sources: Source[];
  totals: TotalStatement[];
  dateStatements: DateStatement[];
}
