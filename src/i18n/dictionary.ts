import type { Lang } from '@/state/view-state';
import type { ImportMessageKey } from './import-messages-id';
import { MESSAGES_ID, type CoreMessageKey } from './messages-id';
import { MESSAGE_PARTS, type PartMessageKey } from './parts';
import type { SendMessageKey } from './send-messages-id';

/** Every message the app can say: the first view's, the import dialog's and the send form's (each loaded with its part). */
export type MessageKey = CoreMessageKey | PartMessageKey | ImportMessageKey | SendMessageKey;

/**
 * Bahasa Indonesia first; every key must exist in both languages (the types enforce it). The English core table
 * (~4 KB gzip) is a chunk of its own, loaded before an English first render or on the switch (loadLanguage):
 * most readers read Indonesian and should not download it with the first view.
 */
const CORE: { id: Record<CoreMessageKey, string>; en: Partial<Record<CoreMessageKey, string>> } = { id: MESSAGES_ID, en: {} };
let english: Promise<void> | null = null;
let englishReady = false;
const loadedListeners = new Set<() => void>();

/** Brings in a language's tables (a no-op for Indonesian or once loaded); a failed download can be retried. */
export function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'id' || englishReady) return Promise.resolve();
  english ??= import('./messages-en').then(
    (m) => {
      CORE.en = m.MESSAGES_EN;
      englishReady = true;
      loadedListeners.forEach((f) => f());
    },
    (e: unknown) => {
      english = null;
      throw e;
    },
  );
  return english;
}

export function languageReady(lang: Lang): boolean {
  return lang === 'id' || englishReady;
}

/** Calls `f` when a language's tables have come in (for useSyncExternalStore); returns the unsubscribe. */
export function onLanguageLoaded(f: () => void): () => void {
  loadedListeners.add(f);
  return () => loadedListeners.delete(f);
}
/** The first view's messages kept in per-work files (src/i18n/parts). */
const PARTS: Record<Lang, Record<PartMessageKey, string>> = {
  id: Object.assign({}, ...MESSAGE_PARTS.map((p) => p.id)) as Record<PartMessageKey, string>,
  en: Object.assign({}, ...MESSAGE_PARTS.map((p) => p.en)) as Record<PartMessageKey, string>,
};
/** Messages of parts loaded later (the import dialog's). */
const LATER: Record<Lang, Partial<Record<MessageKey, string>>> = { id: {}, en: {} };

/** Adds a lazily loaded part's messages (the import dialog's chunk calls this as it loads). */
export function registerMessages(tables: Record<Lang, Partial<Record<MessageKey, string>>>): void {
  Object.assign(LATER.id, tables.id);
  Object.assign(LATER.en, tables.en);
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  // A key of a part not loaded yet reads as itself rather than failing: visible, and caught by the tests.
  // English asked for before its core table is in reads Indonesian (useT renders in Indonesian until then).
  const core = (lang === 'en' && !englishReady ? CORE.id : CORE[lang]) as Partial<Record<MessageKey, string>>;
  const template = core[key] ?? (PARTS[lang] as Partial<Record<MessageKey, string>>)[key] ?? LATER[lang][key] ?? key;
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}
