import type { CorruptEntry } from '@/data/import/import-db';
import type { MessageKey } from '@/i18n/dictionary';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A damaged stored import, said in the reader's language. */
export function corruptText(t: T, c: CorruptEntry): string {
  const reason =
    c.problem === 'unknownCode' ? t('impCorruptCode', { value: c.value ?? '' }) : c.problem === 'record' ? t('impCorruptRecord') : t('impCorruptShape');
  return t('impCorruptEntry', { reason });
}
