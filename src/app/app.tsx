import { useMemo } from 'react';
import { useImportedLayers } from '@/data/import/use-imports';
import { useDataset } from '@/data/use-dataset';
import { withImportedLayers } from '@/domain/imported-layer';
import type { ImportsState } from '@/features/import/my-data-dialog';
import { DataLoadError } from '@/data/fetch-json';
import { useT } from '@/i18n/use-t';
import { readStartUrl } from '@/state/url-state';
import { Dashboard } from './dashboard';
import { EmbedView } from './embed-view';

/** Loading skeleton, a retry on failure, the dashboard once the data is in: never a blank page. */
export function App() {
  const { data, error, isPending, refetch, isFetching } = useDataset();
  const { t } = useT();
  const regionCodes = useMemo(() => (data ? new Set(data.byCode.keys()) : undefined), [data]);
  const imports = useImportedLayers(regionCodes);
  const importsState: ImportsState = useMemo(
    () => ({ layers: imports.data?.layers ?? [], corrupt: imports.data?.corrupt ?? [], storageError: imports.isError }),
    [imports.data, imports.isError],
  );
  const shown = useMemo(() => (data ? withImportedLayers(data, importsState.layers) : undefined), [data, importsState.layers]);
  // Imports are read before the first view so a shared or reloaded URL naming an imported edition still resolves.
  if (isPending || (data && imports.isPending)) {
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
  // An article's <iframe> gets the compact page; the link in it opens the full app.
  if (readStartUrl().state.embed) return <EmbedView dataset={data} />;
  return <Dashboard dataset={shown ?? data} imports={importsState} />;
}
