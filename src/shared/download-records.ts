import type { AwardRecord } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import type { RegionRow } from '@/domain/select-regions';
import { recordsToCsv } from '@/data/import/export-records';
import type { MessageKey } from '@/i18n/dictionary';
import type { ViewState } from '@/state/view-state';
import { downloadBlob } from './download';
import { exportFileName, tableCsv } from './table-csv';
import type { EditionPair } from './view-count-lines';

const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

/**
 * The "raw" CSV: data/awards.csv's columns (what the importer reads back), one row per record, from the
 * table and from "Data saya" alike.
 */
export function downloadRecordsCsv(dataset: Dataset, records: readonly AwardRecord[], view: ViewState, years: EditionPair): void {
  downloadBlob(csvBlob(recordsToCsv(records)), exportFileName(dataset, view, years, 'csv', 'data'));
}

/** The table as shown, headed in the interface language (src/shared/table-csv.ts). */
export function downloadTableCsv(
  dataset: Dataset,
  rows: readonly RegionRow[],
  view: ViewState,
  years: EditionPair,
  t: (key: MessageKey, vars?: Record<string, string | number>) => string,
): void {
  downloadBlob(csvBlob(tableCsv(dataset, rows, years, t)), exportFileName(dataset, view, years, 'csv'));
}
