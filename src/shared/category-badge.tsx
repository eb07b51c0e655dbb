import type { CategoryStatus } from '@/domain/award-record';
import { useT } from '@/i18n/use-t';
import { CATEGORY_COLORS, CATEGORY_TEXT } from './region-paint';

/** The category as colour and as words, never colour alone. */
export function CategoryBadge({ status }: { status: CategoryStatus }) {
  const { t } = useT();
  return (
    <span className={`badge badge--${status}`} style={{ background: CATEGORY_COLORS[status], color: CATEGORY_TEXT[status] }}>
      {t(status)}
    </span>
  );
}
