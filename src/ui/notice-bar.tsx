
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';


/** Dropped URL values, said plainly and dismissable; the app keeps working with the rest. */
export function NoticeBar() {
  const { t, lang } = useT();
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotices);
  if (notices.length === 0) return null;
  const why = (r: string) =>
    lang === 'id'
      ? { invalid: 'tidak valid', 'unknown-year': 'edisi tidak ada', 'unknown-province': 'provinsi tidak dikenal', 'unknown-region': 'wilayah tidak dikenal', duplicate: 'ganda' }[r]
      : { invalid: 'invalid', 'unknown-year': 'no such edition', 'unknown-province': 'unknown province', 'unknown-region': 'unknown region', duplicate: 'repeated' }[r];
  return (
    <div className="notice" role="status" data-testid="url-notice">
      <p>{t('urlNotice')}</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <code>
              {n.param}={n.value}
            </code>{' '}
            ({why(n.reason)})
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
