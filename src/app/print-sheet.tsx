import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useShallow } from 'zustand/react/shallow';
import { boundariesQuery, firstBoundariesQuery, type Boundaries } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import { formatDate, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { drawExportMap, exportFrame, placeBox } from '@/map/export-frame';
import { mapExportInfo } from '@/shared/map-export-info';
import { paintStates, polygonFor } from '@/shared/region-paint';
import { useEffectiveYear, useRegionRows, useViewDescription } from '@/shared/use-region-rows';
import { viewLink } from '@/shared/view-link';
import { useViewStore, viewStateOf } from '@/state/store';

/** The printed map's box in CSS pixels (190 × 128 mm): beside it the legend, under it the sources, on one A4 landscape page. */
const PRINT_MAP = { width: 718, height: 484 };

/** True while the page is being printed: Ctrl+P fires beforeprint, a PDF renderer with print media the media query. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false);
  useLayoutEffect(() => {
    // flushSync: the sheet's canvas must be drawn before the browser lays the page out for paper.
    const set = (on: boolean) => flushSync(() => setPrinting(on));
    const before = () => set(true);
    const after = () => set(false);
    const media = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent) => set(e.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media?.removeEventListener?.('change', onMedia);
    };
  }, []);
  return printing;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/**
 * What a map or table view prints when no region is open (print.css): the view's title, the map drawn for paper
 * on a 2D canvas (a WebGL canvas may print blank), the legend with the view's counts (`describeView`), and every
 * source — on one A4 landscape page; in the table view the table follows it, every filtered row. Built only
 * while printing, so the screen pays nothing for it.
 */
export function PrintSheet({ dataset }: { dataset: Dataset }) {
  const printing = usePrinting();
  return printing ? <PrintSheetBody dataset={dataset} /> : null;
}

function PrintSheetBody({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const rows = useRegionRows(dataset);
  const year = useEffectiveYear(dataset);
  const { counts, lines, sentence } = useViewDescription(dataset);
  const view = useViewStore(useShallow((s) => ({ ...viewStateOf(s), camera: null })));
  const shown = useViewStore((s) => s.view);
  const queryClient = useQueryClient();
  const info = useMemo(() => {
    return mapExportInfo(dataset, rows, view, year, viewLink(dataset, view), t, lang);
  }, [dataset, rows, view, year, t, lang]);
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    // The full file once in; a print before it arrives draws the coarse first-view file (sub-millimetre on A4).
    const b = queryClient.getQueryData<Boundaries>(boundariesQuery.queryKey) ?? queryClient.getQueryData<Boundaries>(firstBoundariesQuery.queryKey);
    if (!canvas.current || !b || typeof Path2D !== 'function') return;
    const frame = exportFrame(placeBox(b, view.provinces), PRINT_MAP.width, PRINT_MAP);
    drawExportMap(canvas.current, b, paintStates(rows, polygonFor(view.region, rows)), view.level, frame, 2);
  }, [queryClient, rows, view]);
  const n = (x: number) => formatNumber(x, lang);
  return (
    <section className="print-only print-sheet" data-testid="print-sheet" data-view={shown}>
      <h1>{info.title}</h1>
      {info.selection && <p className="print-selection">{info.selection}</p>}
      <div className="print-body">
        {shown === 'map' && <canvas ref={canvas} className="print-map" data-testid="print-map" role="img" aria-label={sentence} />}
        <div className="print-legend" data-testid="print-legend">
          <ul>
            {lines.map((l) => (
              <li key={l.key}>
                <span className={`swatch${l.hatch ? ' swatch--hatch' : ''}`} style={{ background: l.color }} aria-hidden="true" /> {l.label}: {l.value}
              </li>
            ))}
          </ul>
          {counts.importedShown > 0 && (
            <p>
              {t('importedLegend')}: {n(counts.importedShown)}
            </p>
          )}
          <p className="print-shown">{t('printShown', { shown: n(counts.shownTotal), total: n(counts.placeTotal) })}</p>
        </div>
      </div>
      <div className="print-sources">
        <strong>{t('printSources')}</strong>
        <ul>
          {info.footer.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          {t('appTitle')} · {t('printedOn', { date: formatDate(today(), lang) })}
        </p>
      </div>
    </section>
  );
}
