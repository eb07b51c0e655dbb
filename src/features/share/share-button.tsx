import { useState } from 'react';
import { useT } from '@/i18n/use-t';
import { useViewStore, viewStateOf } from '@/state/store';
import { shareLink } from '@/state/url-state';

/**
 * Web Share on phones that have it, otherwise copy to the clipboard; if both fail, show the link to copy by
 * hand. The shared link names the edition even when the address bar omits it (latest), so it keeps showing
 * the same view after a newer edition is added.
 */
export function ShareButton({ latestYear, withImports = false }: { latestYear: number; withImports?: boolean }) {
  const { t } = useT();
  const [state, setState] = useState<'idle' | 'copied' | { manual: string }>('idle');
  const share = async () => {
    const state = viewStateOf(useViewStore.getState());
    // Imports stay on this device; the link's marker lets the recipient's app say why the view may differ.
    const url = shareLink(window.location.origin, window.location.pathname, state, latestYear, withImports);
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
    if (nav.share && window.matchMedia?.('(pointer: coarse)').matches) {
      try {
        await nav.share({ title: document.title, url });
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
  return (
    <div className="share">
      <button type="button" onClick={() => void share()} data-testid="share">
        {t('share')}
      </button>
      <span role="status" className="share-status">
        {state === 'copied' && t('copied')}
      </span>
      {typeof state === 'object' && (
        <label className="share-manual">
          {t('copyFailed')} <input readOnly value={state.manual} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
