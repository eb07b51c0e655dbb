/**
 * Messages of the keyboard work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {
  skipToMap: 'Langsung ke peta',
  skipToTable: 'Langsung ke tabel',
  legendChip: '{awarded} dari {total} dapat penghargaan',
  legendChipUnknown: '{awarded} penerima tercatat · {unknown} belum ada data',
  legendChipShown: '{shown} dari {total} ditampilkan',
  legendChipChange: 'perubahan {comparison}',
} as const satisfies Record<string, string>;

export const KEYBOARD_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: {
    skipToMap: 'Skip to the map',
    skipToTable: 'Skip to the table',
    legendChip: '{awarded} of {total} awarded',
    legendChipUnknown: '{awarded} awardees on record · {unknown} no record yet',
    legendChipShown: '{shown} of {total} shown',
    legendChipChange: 'change {comparison}',
  },
};
