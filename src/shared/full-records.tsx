import type { ReactNode } from 'react';
import { useFullRecords } from '@/data/use-dataset';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';

/**
 * A view that shows records' facts (a region's panel, the table, exports) renders only with the full records:
 * before awards.json is in, the first view's dataset holds outcomes without figures, recipients, notes or
 * sources, and a panel drawn from it would state a partial truth. Meanwhile: a visible, announced wait.
 */
export function FullRecords({
  dataset,
  title,
  waiting,
  code,
  children,
}: {
  dataset: Dataset;
  title?: string;
  /** Shown instead of the standard wait (not on an error). */
  waiting?: ReactNode;
  /** Code the view also waits for (a lazily loaded panel), announced and retried with the records. */
  code?: { ready: boolean; failed: boolean; retry: () => void };
  children: (full: Dataset) => ReactNode;
}) {
  const { t } = useT();
  const records = useFullRecords(dataset);
  const full = records.full && (code?.ready ?? true) ? records.full : null;
  const error = records.error || (code?.failed ?? false);
  const retry = () => {
    if (records.error) records.retry();
    if (code?.failed) code.retry();
  };
  if (full) return <>{children(full)}</>;
  if (waiting && !error) return <>{waiting}</>;
  return (
    <section className="panel records-wait" aria-busy={!error} data-testid="records-wait">
      {title && <h2 className="panel-title">{title}</h2>}
      {error ? (
        <div role="alert">
          <p>{t('recordsFailed')}</p>
          <button type="button" onClick={retry}>
            {t('retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('recordsLoading')}</p>
      )}
    </section>
  );
}
