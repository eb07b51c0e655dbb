import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useViewStore } from '@/state/store';
import { languageReady, loadLanguage, onLanguageLoaded, translate, type MessageKey } from './dictionary';

/**
 * The messages in the reader's language. Until English's table has come in (loadLanguage) the page stays in
 * Indonesian, whole, and switches once it is in: never a page of keys or of two languages mixed.
 */
export function useT() {
  const wanted = useViewStore((s) => s.lang);
  const ready = useSyncExternalStore(onLanguageLoaded, () => languageReady(wanted));
  useEffect(() => {
    if (!ready) loadLanguage(wanted).catch(() => undefined);
  }, [wanted, ready]);
  const lang = ready ? wanted : 'id';
  const t = useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  return { t, lang };
}
