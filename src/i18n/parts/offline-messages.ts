/**
 * Messages of the offline work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {
  /** The quiet line while the device is offline: the page runs from the copy the service worker keeps. */
  offlineLine: 'Luring — data per {date}',
  offline: 'Luring',
  /** The footer's date of the award data (scripts/lib/data-date.ts). */
  dataAsOf: 'Data per {date}',
  /** A deploy with new data (or code) is downloaded and waits for the reader; nothing reloads by itself. */
  updateReady: 'Data baru tersedia',
  updateReload: 'Muat ulang',
} as const satisfies Record<string, string>;

export const OFFLINE_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: {
    offlineLine: 'Offline — data as of {date}',
    offline: 'Offline',
    dataAsOf: 'Data as of {date}',
    updateReady: 'New data available',
    updateReload: 'Reload',
  },
};
