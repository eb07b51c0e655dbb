/**
 * Messages of the offline work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {} as const satisfies Record<string, string>;

export const OFFLINE_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: {},
};
