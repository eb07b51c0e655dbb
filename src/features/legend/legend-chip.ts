import { AWARDED_OUTCOMES } from '@/domain/award-record';
import type { MessageKey } from '@/i18n/dictionary';
import { formatNumber } from '@/i18n/format';
import type { ViewDescription } from '@/shared/view-count-lines';
import type { Lang } from '@/state/view-state';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

const AWARDED = new Set<string>(AWARDED_OUTCOMES);

/**
 * What the phone's folded legend says, in words a reader takes in at a glance: how many awardees the place has on
 * record and how many units have no record yet ("209 penerima tercatat · 286 belum ada data"; "x dari y dapat
 * penghargaan" only when every unit has a record, since units without one are not units without the award), how
 * many a filter shows, or which editions the change map compares. The numbers are the view's counts
 * (`describeView`), the same the open legend and the summary show.
 */
export function legendChipText(d: Pick<ViewDescription, 'counts' | 'scope'>, t: T, lang: Lang): string {
  const n = (x: number) => formatNumber(x, lang);
  const { counts, scope } = d;
  if (counts.narrowed) return t('legendChipShown', { shown: n(counts.shownTotal), total: n(counts.placeTotal) });
  if (counts.mode === 'change') return t('legendChipChange', { comparison: scope.comparison ?? '' });
  const shown = (keep: (key: string) => boolean) => counts.classes.filter((c) => keep(c.key)).reduce((s, c) => s + (c.shown ?? 0), 0);
  const awarded = shown((k) => AWARDED.has(k));
  const unknown = shown((k) => k === 'unknown');
  if (unknown > 0) return t('legendChipUnknown', { awarded: n(awarded), unknown: n(unknown) });
  return t('legendChip', { awarded: n(awarded), total: n(counts.placeTotal) });
}
