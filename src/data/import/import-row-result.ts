import type { AwardRecord } from '@/domain/award-record';
import type { ImportField } from './column-mapping';

/**
 * What the report says about a row, as data: the dialog writes it in the reader's language. A problem
 * (`issues`) keeps a row out: it means nothing without a region, a year or a category, or states an
 * impossible number. A missing or unreadable detail is a warning on a row that is still applied.
 */
export type IssueCode =
  // problems
  | 'noRegion'
  | 'unknownCode'
  | 'unknownName'
  | 'ambiguousName'
  | 'noYear'
  | 'badYear'
  | 'noCategory'
  | 'badCategory'
  | 'notANumber'
  | 'outOfRange'
  | 'notWholeNumber'
  | 'exactDuplicate'
  | 'invalid'
  // warnings
  | 'missing'
  | 'roleMissing'
  | 'recipientNameMissing'
  | 'badUrl'
  | 'urlCompleted'
  | 'badDate'
  | 'badOfficial'
  | 'nameCodeMismatch'
  | 'codeIgnored'
  | 'levelMismatch'
  | 'fractionPercent'
  | 'sameRegionYear'
  | 'sameAsShown'
  // rows left out on purpose, and file-wide notes
  | 'totalRow'
  | 'sectionRow'
  | 'noteRow'
  | 'noSourceColumn';

export interface ImportIssue {
  code: IssueCode;
  field?: ImportField;
  /** The cell as written (or the region, file or name the message needs). */
  value?: string;
  other?: string;
  /** Another line the issue points at (the first of two duplicates). */
  line?: number;
  fields?: ImportField[];
}

export type RowStatus = 'accepted' | 'choose' | 'rejected' | 'ignored';

export interface ImportRowResult {
  line: number;
  /** accepted: will be applied while ticked; choose: the name needs a pick; rejected: a problem to fix; ignored: a title, total or note row. */
  status: RowStatus;
  /** The name as the file wrote it (or the code). */
  label: string;
  issues: ImportIssue[];
  warnings: ImportIssue[];
  record?: AwardRecord;
  /** The region the row points at (also when the row has a problem elsewhere). */
  code?: string;
  /** One pick settles every row that writes the name the same way (with the same level and province). */
  nameKey?: string;
  /** For a name that needs (or needed) a pick: the regions it could mean; empty means any region, searched by name. */
  candidates?: { code: string; name: string }[];
  /** An identical record is already shown (bundled or an earlier import): left unticked until the user ticks it. */
  defaultSkip?: boolean;
  exactKey?: string;
  sourceKey?: string;
}
