import type { ImportField } from '@/data/import/column-mapping';
import type { ImportIssue } from '@/data/import/import-row-result';
import type { ReadProblem } from '@/data/import/read-spreadsheet';
import type { AwardColumn } from '@/data/parse-award-rows';
import { registerMessages, type MessageKey } from '@/i18n/dictionary';
import { IMPORT_MESSAGES_EN } from '@/i18n/import-messages-en';
import { IMPORT_MESSAGES_ID } from '@/i18n/import-messages-id';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

// The dialog's messages arrive with the dialog's chunk (this module is its vocabulary), not with the first view.
registerMessages({ id: IMPORT_MESSAGES_ID, en: IMPORT_MESSAGES_EN });

/** Human names for the import columns: what the mapping menus, the report and the template guide say. */
export const FIELD_LABEL: Record<ImportField, MessageKey> = {
  code: 'impFieldCode',
  name_as_written: 'impFieldName',
  province: 'impFieldProvince',
  level: 'impFieldLevel',
  year: 'impFieldYear',
  category: 'impFieldCategory',
  event_date: 'impFieldEventDate',
  recipient_name: 'impFieldRecipientName',
  recipient_role: 'impFieldRecipientRole',
  represented_head: 'impFieldRepresented',
  accompanying: 'impFieldAccompanying',
  coverage_pct: 'impFieldCoverage',
  active_pct: 'impFieldActive',
  pemda_registered_pct: 'impFieldPemda',
  population: 'impFieldPopulation',
  participants: 'impFieldParticipants',
  metrics_as_of: 'impFieldAsOf',
  previous: 'impFieldPrevious',
  source_url: 'impFieldSourceUrl',
  publisher: 'impFieldPublisher',
  published_date: 'impFieldPublished',
  note: 'impFieldNote',
  note_id: 'impFieldNoteId',
  evidence: 'impFieldEvidence',
};

/** How to fill each column, for the template's guide sheet. */
export const FIELD_HINT: Record<AwardColumn, MessageKey> = {
  code: 'impHintCode',
  name_as_written: 'impHintName',
  level: 'impHintLevel',
  year: 'impHintYear',
  category: 'impHintCategory',
  event_date: 'impHintEventDate',
  recipient_name: 'impHintRecipientName',
  recipient_role: 'impHintRecipientRole',
  represented_head: 'impHintRepresented',
  accompanying: 'impHintAccompanying',
  coverage_pct: 'impHintCoverage',
  active_pct: 'impHintActive',
  pemda_registered_pct: 'impHintPemda',
  population: 'impHintPopulation',
  participants: 'impHintParticipants',
  metrics_as_of: 'impHintAsOf',
  previous: 'impHintPrevious',
  source_url: 'impHintSourceUrl',
  publisher: 'impHintPublisher',
  published_date: 'impHintPublished',
  note: 'impHintNote',
  note_id: 'impHintNoteId',
  evidence: 'impHintEvidence',
};

export const fieldLabel = (t: T, f: ImportField | undefined): string => (f ? t(FIELD_LABEL[f]) : '');

const ISSUE_KEY: Partial<Record<ImportIssue['code'], MessageKey>> = {
  noRegion: 'impIssueNoRegion',
  unknownCode: 'impIssueUnknownCode',
  unknownName: 'impIssueUnknownName',
  ambiguousName: 'impIssueAmbiguousName',
  noYear: 'impIssueNoYear',
  badYear: 'impIssueBadYear',
  noCategory: 'impIssueNoCategory',
  badCategory: 'impIssueBadCategory',
  notANumber: 'impIssueNotANumber',
  outOfRange: 'impIssueOutOfRange',
  notWholeNumber: 'impIssueNotWholeNumber',
  exactDuplicate: 'impIssueExactDuplicate',
  invalid: 'impIssueInvalid',
  roleMissing: 'impWarnRoleMissing',
  recipientNameMissing: 'impWarnRecipientNameMissing',
  badUrl: 'impWarnBadUrl',
  urlCompleted: 'impWarnUrlCompleted',
  badDate: 'impWarnBadDate',
  badOfficial: 'impWarnBadOfficial',
  nameCodeMismatch: 'impWarnNameCodeMismatch',
  codeIgnored: 'impWarnCodeIgnored',
  levelMismatch: 'impWarnLevelMismatch',
  fractionPercent: 'impWarnFractionPercent',
  sameRegionYear: 'impWarnSameRegionYear',
  totalRow: 'impSkipTotal',
  sectionRow: 'impSkipSection',
  noteRow: 'impSkipNote',
  noSourceColumn: 'impNoteNoSource',
};

/** The role a missing one most likely is, by the region's kind. */
const ROLE_EXAMPLE = { kota: 'impRoleExampleKota', kabupaten: 'impRoleExampleKabupaten', provinsi: 'impRoleExampleProvinsi' } as const;

/** One sentence saying what is wrong and what to change, in the reader's language. */
export function issueText(t: T, issue: ImportIssue): string {
  const field = fieldLabel(t, issue.field);
  if (issue.code === 'missing') return t('impWarnMissing', { fields: (issue.fields ?? []).map((f) => fieldLabel(t, f)).join(', ') });
  if (issue.code === 'sameAsShown') {
    return issue.value === 'bundled' ? t('impWarnSameAsBundled') : t('impWarnSameAsImported', { file: issue.other ?? '' });
  }
  if (issue.code === 'roleMissing' && issue.other && issue.other in ROLE_EXAMPLE) {
    return t('impWarnRoleMissingFor', { value: issue.value ?? '', role: t(ROLE_EXAMPLE[issue.other as keyof typeof ROLE_EXAMPLE]) });
  }
  const key = ISSUE_KEY[issue.code];
  if (!key) return issue.code;
  return t(key, { field, value: issue.value ?? '', other: issue.other ?? (issue.line !== undefined ? String(issue.line) : ''), n: issue.other ?? '' });
}

/** Why a file could not be read. */
export function problemText(t: T, p: ReadProblem): string {
  switch (p.code) {
    case 'tooBig':
      return t('impProblemTooBig', { mb: p.mb, limit: p.limitMb });
    case 'empty':
      return t('impProblemEmpty');
    case 'notJson':
      return t('impProblemNotJson', { detail: p.detail });
    case 'jsonShape':
      return t('impProblemJsonShape');
    case 'singleColumn':
      return t('impProblemSingleColumn');
    case 'noHeader':
      return t('impProblemNoHeader');
    case 'binary':
      return t('impProblemBinary');
    case 'pdf':
      return t('impProblemPdf');
    case 'xls':
      return t('impProblemXls');
    case 'encrypted':
      return t('impProblemEncrypted');
    case 'ods':
      return t('impProblemOds');
    case 'corruptWorkbook':
      return t('impProblemCorrupt');
    case 'noSheets':
      return t('impProblemNoSheets');
  }
}
