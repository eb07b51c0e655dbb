import { useCallback } from 'react';
import { useViewStore } from '@/state/store';
import { translate, type MessageKey } from './dictionary';

export function useT() {
  const lang = useViewStore((s) => s.lang);
  const t = useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang]);
  return { t, lang };
}
