import type { MessageKey } from '@/i18n/dictionary';
import { useT } from '@/i18n/use-t';
import type { UrlNotice } from '@/state/url-state';
import { useViewStore } from '@/state/store';

const REASON: Record<UrlNotice['reason'], MessageKey> = {
  invalid: 'reasonInvalid',
  'unknown-year': 'reasonUnknownYear',
  'base-not-earlier': 'reasonBaseNotEarlier',
  'unknown-province': 'reasonUnknownProvince',
  'unknown-region': 'reasonUnknownRegion',
  duplicate: 'reasonDuplicate',
  empty: 'reasonEmpty',
  'level-for-region': 'reasonLevelForRegion',
};

/** Dropped URL values, said plainly and dismissable; the app keeps working with the rest. */
export function NoticeBar() {
  const { t } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <p>{t('urlNotice')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            ({n.count && n.count > 1 && n.reason === 'duplicate' ? t('reasonRepeatedTimes', { n: n.count }) : t(REASON[n.reason])})
            {n.more ? ` ${t('noticeMoreValues', { n: n.more })}` : ''}
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
