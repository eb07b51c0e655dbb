import type { BoundarySource } from '@/domain/regions';
import type { MessageKey } from '@/i18n/dictionary';

const BUILT_IN: Record<string, MessageKey> = { open: 'boundaryOpen', gadm41: 'boundaryGadm' };

/**
 * The footer's (and the PNG's) line about the boundary file, in the UI language. The data file carries an
 * Indonesian sentence for built-in sources; the app says the same in the reader's language, and names a
 * custom file by its label.
 */
export function boundaryAttribution(source: BoundarySource, t: (key: MessageKey, vars?: Record<string, string>) => string): string {
  const key = BUILT_IN[source.id];
  return key ? t(key) : t('boundaryCustom', { label: source.label });
}
