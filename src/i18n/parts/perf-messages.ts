/**
 * Messages of the perf work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {
  recordsLoading: 'Memuat catatan lengkap: angka, penerima, catatan dan sumber…',
  recordsFailed: 'Catatan lengkap tidak dapat dimuat.',
} as const satisfies Record<string, string>;

export const PERF_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: {
    recordsLoading: 'Loading the full records: figures, recipients, notes and sources…',
    recordsFailed: 'The full records could not be loaded.',
  },
};
