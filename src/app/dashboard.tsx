import { lazy, Suspense, useEffect, useMemo, useReducer, useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { FilterBar } from '@/features/filters/filter-bar';
import { corruptText } from '@/features/import/corrupt-text';
import { RegionSearch } from '@/features/search/region-search';
import { SummaryPanel } from '@/features/summary/summary-panel';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { boundaryAttribution } from '@/shared/boundary-attribution';
import { useViewStore } from '@/state/store';
import { urlContextOf } from '@/state/url-state';
import { useUrlSync } from '@/state/use-url-sync';
import type { ImportsState } from '@/features/import/my-data-dialog';
import { ImportedDataNote } from './imported-data-note';
import { useDocumentTitle } from './document-title';
import './keyboard.css';
import { MapStage } from './map-stage';
import { NoticeBar } from './notice-bar';
import { OfflineStatus } from './offline/offline-status';
import { focusMain, useAfterFirstPaint } from './first-paint';
import { sheetAfter } from './phone-sheet';
import { PrintSheet } from './print-sheet';
import { regionPanelChunk, regionTableChunk } from './lazy-chunks';
import { FullRecords } from '@/shared/full-records';
import { closeRegionPanel } from '@/shared/focus-return';
import { useFullestDataset } from '@/data/use-dataset';
import { PanelBoundary } from '@/shared/panel-boundary';
import { ShareButton } from '@/features/share/share-button';

// Import/export (CSV parsing, the report table) is only fetched when "Data saya" is opened.
const MyDataDialog = lazy(() => import('@/features/import/my-data-dialog').then((m) => ({ default: m.MyDataDialog })));

const NO_IMPORTS: ImportsState = { layers: [], corrupt: [], storageError: false };

export function Dashboard({ dataset, imports = NO_IMPORTS }: { dataset: Dataset; imports?: ImportsState }) {
  const fullest = useFullestDataset(dataset);
  const { t, lang } = useT();
  const ctx = useMemo(() => urlContextOf(dataset), [dataset]);
  useUrlSync(ctx);
  useDocumentTitle(dataset);
  const view = useViewStore((s) => s.view);
  const setView = useViewStore((s) => s.setView);
  const region = useViewStore((s) => s.region);
  const setLang = useViewStore((s) => s.setLang);
  // Between phone and desktop the filters start folded so the map comes first; on a phone they live in a drawer.
  const [filtersOpen] = useState(() => !window.matchMedia?.('(min-width: 641px) and (max-width: 860px) and (min-height: 481px)').matches);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [sheetExpanded, sheet] = useReducer(sheetAfter, false);
  const [myDataOpen, setMyDataOpen] = useState(false);
  // On a phone the header is one row; its tools fold into a menu.
  const [menuOpen, setMenuOpen] = useState(false);
  const [aboutOpen, setAboutOpen] = useState(false);
  const withImports = imports.layers.some((l) => !l.hidden);
  const panels = useAfterFirstPaint();
  const panelCode = regionPanelChunk.useChunk(panels && region !== null);
  const tableCode = regionTableChunk.useChunk(view === 'table');
  useEffect(() => {
    if (drawerOpen) document.querySelector<HTMLElement>('#sidebar input, #sidebar button')?.focus();
    else sheet('drawerClosed');
  }, [drawerOpen]);
  useEffect(() => sheet(region ? 'regionOpened' : 'regionClosed'), [region]);

  // Escape closes the region panel from anywhere (but first clears a search box being typed in).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const el = e.target as HTMLElement | null;
      if (el instanceof HTMLInputElement && el.value) return;
      const s = useViewStore.getState();
      if (drawerOpen) setDrawerOpen(false);
      else if (s.region) closeRegionPanel(s.selectRegion);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  return (
    <div className="app" lang={lang} data-view={view} data-region={region ? 'true' : 'false'}>
      {/* The first Tab stop: past the header's and filters' controls, straight to the map (or the table). */}
      <a
        href="#main"
        className="skip-link"
        data-testid="skip-link"
        onClick={(e) => {
          e.preventDefault();
          focusMain();
        }}
      >
        {t(view === 'map' ? 'skipToMap' : 'skipToTable')}
      </a>
      <header className="app-header">
        <div className="title">
          <h1>{t('appTitle')}</h1>
          <p className="subtitle">{t('appSubtitle')}</p>
        </div>
        <RegionSearch dataset={dataset} />
        <div className="header-phone">
          <button
            type="button"
            className="phone-only"
            aria-expanded={drawerOpen}
            aria-controls="sidebar"
            onClick={() => setDrawerOpen(true)}
            id="open-filters"
            data-testid="open-filters"
          >
            {t('openFilters')}
          </button>
          <button
            type="button"
            className="phone-only"
            aria-expanded={menuOpen}
            aria-controls="header-tools"
            onClick={() => setMenuOpen((o) => !o)}
            data-testid="open-menu"
          >
            {t('menu')}
          </button>
        </div>
        {/* On a phone the menu closes once a choice in it is made; the share panel it opens stays (see responsive.css). */}
        <div
          className="header-tools"
          id="header-tools"
          data-open={menuOpen}
          onClick={(e) => {
            const target = e.target as Element;
            if (!target.closest('button') || target.closest('.share-panel')) return;
            // Share from the open menu: the button folds away with the menu, so the keyboard goes to its panel.
            if (menuOpen && target.closest('[data-testid="share"]'))
              requestAnimationFrame(() => document.querySelector<HTMLElement>('.share-panel button')?.focus());
            setMenuOpen(false);
          }}
        >
          <div className="view-toggle" role="group" aria-label={`${t('mapView')} / ${t('tableView')}`}>
            <button type="button" aria-pressed={view === 'map'} onClick={() => setView('map')} data-testid="view-map">
              {t('mapView')}
            </button>
            <button type="button" aria-pressed={view === 'table'} onClick={() => setView('table')} data-testid="view-table">
              {t('tableView')}
            </button>
          </div>
          <div className="lang-toggle" role="group" aria-label={t('language')}>
            <button type="button" aria-pressed={lang === 'id'} onClick={() => setLang('id')} lang="id">
              ID
            </button>
            <button type="button" aria-pressed={lang === 'en'} onClick={() => setLang('en')} lang="en" data-testid="lang-en">
              EN
            </button>
          </div>
          <button type="button" onClick={() => setMyDataOpen(true)} data-testid="my-data" id="my-data-button">
            {t('myData')}
          </button>
          <ShareButton dataset={fullest} withImports={withImports} />
        </div>
      </header>
      <OfflineStatus asOf={dataset.asOf} />
      <NoticeBar />
      <ImportedDataNote hasImports={withImports} />
      {(imports.corrupt.length > 0 || imports.storageError) && !myDataOpen && (
        <p className="notice" role="status" data-testid="storage-notice">
          {imports.storageError ? t('storageUnavailable') : imports.corrupt.map((c) => corruptText(t, c)).join(' ')}
        </p>
      )}
      {myDataOpen && (
        <PanelBoundary>
          <Suspense
            fallback={
              <div className="dialog-backdrop" role="status">
                {t('loading')}
              </div>
            }
          >
            <FullRecords
              dataset={dataset}
              waiting={
                <div className="dialog-backdrop" role="status">
                  {t('recordsLoading')}
                </div>
              }
            >
              {(full) => (
                <MyDataDialog
                  dataset={full}
                  imports={imports}
                  onClose={() => {
                    setMyDataOpen(false);
                    document.getElementById('my-data-button')?.focus();
                  }}
                />
              )}
            </FullRecords>
          </Suspense>
        </PanelBoundary>
      )}
      {/* Paper for a map or table view; an open region prints its own page (region-panel). */}
      {!region && <PrintSheet dataset={fullest} />}
      <div className="layout" data-panels={panels}>
        <aside className="sidebar" id="sidebar" data-open={drawerOpen} aria-label={t('filters')}>
          <button
            type="button"
            className="phone-only drawer-close"
            onClick={() => {
              setDrawerOpen(false);
              document.getElementById('open-filters')?.focus();
            }}
          >
            {t('closeFilters')}
          </button>
          {/* On a phone the filters start folded so the map comes first. */}
          <details className="filters-fold" open={filtersOpen}>
            <summary>{t('filters')}</summary>
            <PanelBoundary>{panels && <FilterBar dataset={dataset} />}</PanelBoundary>
          </details>
        </aside>
        <main className="stage" id="main" tabIndex={-1}>
          {view === 'map' ? (
            <MapStage dataset={dataset} />
          ) : (
            <PanelBoundary>
              <FullRecords dataset={dataset} code={tableCode}>
                {(full) => tableCode.module && <tableCode.module.RegionTable dataset={full} />}
              </FullRecords>
            </PanelBoundary>
          )}
        </main>
        <aside className="side-panel" data-expanded={sheetExpanded} aria-label={region ? t('regionPanel') : t('summary')}>
          <button type="button" className="phone-only sheet-handle" aria-expanded={sheetExpanded} onClick={() => sheet('toggle')} data-testid="sheet-handle">
            {sheetExpanded ? t('collapseSheet') : t('expandSheet')}
          </button>
          <PanelBoundary resetKey={region ?? ''}>
            {panels &&
              (region ? (
                <FullRecords dataset={dataset} title={dataset.byCode.get(region)?.name} code={panelCode}>
                  {(full) => panelCode.module && <panelCode.module.RegionPanel dataset={full} code={region} />}
                </FullRecords>
              ) : (
                <SummaryPanel dataset={dataset} />
              ))}
          </PanelBoundary>
        </aside>
      </div>
      <footer className="app-footer" data-open={aboutOpen}>
        {/* On a phone the sources fold into a small ⓘ over the map. */}
        <button
          type="button"
          className="phone-only footer-toggle"
          aria-expanded={aboutOpen}
          aria-label={t('aboutSources')}
          onClick={() => setAboutOpen((o) => !o)}
          data-testid="about-sources"
        >
          i
        </button>
        {dataset.asOf && (
          <>
            <span data-testid="data-date">{t('dataAsOf', { date: formatDate(dataset.asOf, lang) })}</span>
            {' · '}
          </>
        )}
        <span>{t('attribution')}</span> · <span>{boundaryAttribution(dataset.boundarySource, t)}</span>
        {dataset.boundarySource.links.map((l) => (
          <span key={l.href}>
            {' · '}
            <a href={l.href} target="_blank" rel="noopener noreferrer">
              {l.label}
            </a>
          </span>
        ))}
        {' · '}
        <a href="https://opendatacommons.org/licenses/odbl/1-0/" target="_blank" rel="noopener noreferrer">
          ODbL
        </a>
      </footer>
    </div>
  );
}
