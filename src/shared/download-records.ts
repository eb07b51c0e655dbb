import type { AwardRecord } from '@/domain/award-record';
import { recordsToCsv } from '@/data/import/export-records';
import { downloadBlob } from './download';

/** The records as the one CSV the app writes (the importer's columns): from the table and from "Data saya" alike. */
export function downloadRecordsCsv(records: readonly AwardRecord[], year: number): void {
  downloadBlob(new Blob([recordsToCsv(records)], { type: 'text/csv;charset=utf-8' }), `peta-uhc-data-${year}.csv`);
}
