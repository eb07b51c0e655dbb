import type { AwardRecord } from './award-record';
import { createDataset, type Dataset } from './dataset';

/**
 * The label a reader's own sent facts ("Kirim data") carry as their file: they are stored and shown exactly like
 * an import (origin kind `imported`), so the map outlines them and the panel and table mark them as the reader's.
 */
export const SENT_FILE = 'Kiriman Anda';

/** One applied import: its records keep their provenance (file, date, line) and stay apart from the bundled data. */
export interface ImportedLayer {
  id: string;
  fileName: string;
  /** ISO timestamp. */
  importedAt: string;
  hidden: boolean;
  records: AwardRecord[];
}

/**
 * The dataset the app shows: bundled records plus every visible imported layer. Nothing is merged away:
 * where an import and the bundled data speak of the same region and edition, both records stay and the
 * panels show the conflict. Years that only imports hold become editions on the map.
 */
export function withImportedLayers(base: Dataset, layers: readonly ImportedLayer[]): Dataset {
  const visible = layers.filter((l) => !l.hidden);
  if (visible.length === 0) return base;
  const records = [...base.records, ...visible.flatMap((l) => l.records)];
  const extraYears = [...new Set(visible.flatMap((l) => l.records.map((r) => r.year)))];
  return createDataset({ ...base, records, extraYears });
}
