import { useEffect, useRef } from 'react';
import { canonicalHref, parseShareUrl, serializeShareUrl, type UrlContext } from './url-state';
import { useViewStore, viewStateOf } from './store';
import type { ViewState } from './view-state';

/** Camera moves replace the history entry; everything else pushes one so Back undoes it. */
function onlyCameraChanged(a: ViewState, b: ViewState): boolean {
  const strip = (s: ViewState) => serializeShareUrl({ ...s, camera: null });
  return strip(a) === strip(b);
}

/**
 * URL ⇄ store. On load (once the data says which years and codes exist) the URL is parsed, bad values
 * are dropped with a notice and the URL is rewritten in canonical form; afterwards every store change
 * is written back, and Back/Forward replace the store from the URL.
 */
export function useUrlSync(ctx: UrlContext | null): void {
  const ready = useRef(false);
  useEffect(() => {
    if (!ctx || ready.current) return;
    const { state, notices } = parseShareUrl(window.location.search, ctx);
    const store = useViewStore.getState();
    store.replaceView(state);
    store.setNotices(notices);
    window.history.replaceState(window.history.state, '', canonicalHref(window.location.pathname, state));
    ready.current = true;

    let last = viewStateOf(useViewStore.getState());
    const unsubscribe = useViewStore.subscribe((s) => {
      const next = viewStateOf(s);
      const url = serializeShareUrl(next);
      if (url === serializeShareUrl(last)) return;
      const href = canonicalHref(window.location.pathname, next);
      if (onlyCameraChanged(last, next)) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      last = next;
    });
    const onPop = () => {
      const parsed = parseShareUrl(window.location.search, ctx);
      last = parsed.state;
      useViewStore.getState().replaceView(parsed.state);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
      ready.current = false;
    };
  }, [ctx]);
}
