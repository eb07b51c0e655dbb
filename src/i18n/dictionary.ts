import type { Lang } from '@/state/view-state';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ID, type MessageKey } from './messages-id';

export type { MessageKey };

/** Bahasa Indonesia first; every key must exist in both languages (the type enforces it). */
const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { id: MESSAGES_ID, en: MESSAGES_EN };

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const template = DICTIONARIES[lang][key];
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}
