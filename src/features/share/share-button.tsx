import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { boundariesQuery } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { escapeMarkup } from '@/shared/escape-markup';
import { currentMapExportInfo } from '@/shared/map-export-info';
import { regionFacts, regionShareMessage } from '@/shared/region-page-text';
import { exportFileName } from '@/shared/table-csv';
import { currentRegionRows, useBaselineYear, useEffectiveYear } from '@/shared/use-region-rows';
import { viewLink } from '@/shared/view-link';
import { useViewStore, viewStateOf } from '@/state/store';
import { appBase } from '@/state/page-path';
import { embedLink } from '@/state/url-state';

/** The <iframe> a newsroom pastes into an article: the same view, compact, loaded when scrolled to. */
function iframeCode(src: string, title: string): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="640" height="480" loading="lazy" style="border:0;max-width:100%"></iframe>`;
}

/**
 * Share copies the link to this view (Web Share on phones that have it; the link shown to copy by hand when
 * both fail) and opens a panel with the embed code and the map as PNG or SVG. The shared link names the
 * edition even when the address bar omits it (latest), so it keeps showing the same view later.
 */
export function ShareButton({ dataset, withImports = false }: { dataset: Dataset; withImports?: boolean }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const base = useBaselineYear(dataset);
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const panelId = useId();
  const embedBox = useRef<HTMLTextAreaElement>(null);
  const view = () => viewStateOf(useViewStore.getState());
  // On a region, its own page (with the rest of the view as the query): the link's preview names the region.
  const link = () => viewLink(dataset, view(), withImports);
  const region = useViewStore((s) => s.region);
  // While the panel is open its embed code follows the view (a filter changed beside it); closed, nothing here
  // reads the view's rows, so the button does not recompute them with every render or when the records arrive.
  useViewStore((s) => (open ? s : null));
  const facts = region ? regionFacts(dataset, region, year) : null;
  // The ready message for a chat ("Kabupaten Banyuasin meraih UHC Madya 2026 (2024: Pratama) — <link>").
  const message = (url: string) => (facts ? regionShareMessage(facts, t, url) : null);
  const info = () => currentMapExportInfo(dataset, currentRegionRows(dataset), year, withImports, t, lang);

  const share = async () => {
    setOpen(true);
    const url = link();
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
    if (nav.share && window.matchMedia?.('(pointer: coarse)').matches) {
      try {
        const text = message(url);
        // The message carries the link itself: given a url too, most apps would paste it twice.
        await nav.share(text ? { title: document.title, text } : { title: document.title, url });
        return;
      } catch {
        /* cancelled or refused: fall back to copying */
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      setState({ manual: url });
    }
  };
  const copyEmbed = async () => {
    const code = embedBox.current?.value ?? '';
    try {
      await navigator.clipboard.writeText(code);
      setState('copied');
      setTimeout(() => setState('idle'), 2500);
    } catch {
      embedBox.current?.select();
    }
  };
  // Both files are drawn anew from the boundary file (fetched if the reader started in the table), framed to the
  // view's place: they work from the table view too, and do not depend on the WebGL buffer on screen.
  const file = async (kind: 'png' | 'svg') => {
    setError(null);
    try {
      const b = await queryClient.ensureQueryData(boundariesQuery);
      const name = exportFileName(dataset, view(), { year, base }, kind);
      // The writers load on demand: they are not part of the first view.
      if (kind === 'png') await (await import('@/map/export-map-png')).downloadMapPng(b, currentRegionRows(dataset), view(), info(), name);
      else (await import('./download-map')).downloadMapSvg(b, currentRegionRows(dataset), view(), info(), name);
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="share">
      <button type="button" onClick={() => void share()} data-testid="share" aria-expanded={open} aria-controls={panelId}>
        {t('share')}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' && t('copied')}
      </span>
      {open && (
        <div className="share-panel" id={panelId} role="group" aria-label={t('share')} data-testid="share-panel">
          {typeof state === 'object' && (
            <label className="share-manual">
              {t('copyFailed')} <input readOnly value={state.manual} onFocus={(e) => e.target.select()} />
            </label>
          )}
          {facts && (
            <label>
              {t('shareMessageLabel')}
              <textarea readOnly rows={2} value={message(link())!} onFocus={(e) => e.target.select()} data-testid="share-message" />
            </label>
          )}
          <label>
            {t('embedCode')}
            <textarea
              ref={embedBox}
              readOnly
              rows={3}
              value={iframeCode(embedLink(window.location.origin, appBase(), view(), dataset.latestYear), info().title)}
              onFocus={(e) => e.target.select()}
              data-testid="embed-code"
            />
          </label>
          <div className="actions">
            <button type="button" onClick={() => void copyEmbed()}>
              {t('copyEmbed')}
            </button>
            <button type="button" onClick={() => void file('png')} data-testid="download-png">
              {t('downloadPng')}
            </button>
            <button type="button" onClick={() => void file('svg')} data-testid="download-svg">
              {t('downloadSvg')}
            </button>
            <button type="button" onClick={() => setOpen(false)}>
              {t('close')}
            </button>
          </div>
          {error && (
            <p role="alert" className="flag">
              {t('exportPngFailed', { reason: error })}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
