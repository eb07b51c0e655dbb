import './offline.css';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { applyUpdate, useOnline, useUpdateReady } from './update-state';

/**
 * Two quiet lines under the header: "Luring — data per <date>" while the device has no network (the page runs
 * from the copy its service worker keeps; coming back online just removes the line), and "Data baru tersedia ·
 * Muat ulang" once a newer deploy is downloaded, waiting for the reader to choose the moment.
 */
export function OfflineStatus({ asOf }: { asOf: string | undefined }) {
  const { t, lang } = useT();
  const online = useOnline();
  const updateReady = useUpdateReady();
  if (online && !updateReady) return null;
  return (
    <div className="offline-status">
      {!online && (
        <p className="offline-line" role="status" data-testid="offline-line">
          {asOf ? t('offlineLine', { date: formatDate(asOf, lang) }) : t('offline')}
        </p>
      )}
      {updateReady && (
        <p className="update-notice" role="status" data-testid="update-notice">
          {t('updateReady')} ·{' '}
          <button type="button" className="update-reload" onClick={applyUpdate} data-testid="update-reload">
            {t('updateReload')}
          </button>
        </p>
      )}
    </div>
  );
}
