import { useDataset } from '@/data/use-dataset';
import { DataLoadError } from '@/data/fetch-json';
import { useT } from '@/i18n/use-t';
import { Dashboard } from './dashboard';

/** Loading skeleton, a retry on failure, the dashboard once the data is in: never a blank page. */
export function App() {
  const { data, error, isPending, refetch, isFetching } = useDataset();
  const { t } = useT();
  if (isPending) {
    return (
      <div className="app app--loading" aria-busy="true">
        <header className="app-header">
          <h1>{t('appTitle')}</h1>
        </header>
        <div className="skeleton" role="status">
          {t('loading')}
        </div>
      </div>
    );
  }
  if (error || !data) {
    return (
      <div className="app">
        <header className="app-header">
          <h1>{t('appTitle')}</h1>
        </header>
        <div className="load-error" role="alert">
          <p>{t('loadFailed')}</p>
          {error instanceof DataLoadError && <p className="muted">{error.message}</p>}
          <button type="button" onClick={() => void refetch()} disabled={isFetching}>
            {t('retry')}
          </button>
        </div>
      </div>
    );
  }
  return <Dashboard dataset={data} />;
}
