import { useEffect, useRef } from 'react';
import { viewHref } from './page-links';
import { addressQuery, parseShareUrl, serializeShareUrl, type UrlContext } from './url-state';
import { useViewStore, viewStateOf } from './store';
import type { ViewState } from './view-state';

/** Camera moves replace the history entry; everything else pushes one so Back undoes it. */
function onlyCameraChanged(a: ViewState, b: ViewState): boolean {
  const strip = (s: ViewState) => serializeShareUrl({ ...s, camera: null });
  return strip(a) === strip(b);
}

/**
 * The address applied to the store: bad values dropped with a notice, the address rewritten in canonical form.
 * Run before the first render (src/app/start-up.ts) and again by useUrlSync on mount, where it then changes
 * nothing: the store is only replaced when the parsed view differs, so nothing renders twice for it.
 */
export function applyUrlToStore(ctx: UrlContext): ViewState {
  const { state, notices } = parseShareUrl(addressQuery(), ctx);
  const store = useViewStore.getState();
  if (serializeShareUrl(state) !== serializeShareUrl(viewStateOf(store))) store.replaceView(state);
  // A second pass reads the address the first one rewrote: it has nothing to say, and must not clear what was said.
  if (notices.length > 0 && JSON.stringify(notices) !== JSON.stringify(store.notices)) store.setNotices(notices);
  window.history.replaceState(window.history.state, '', viewHref(state, ctx.regions));
  return state;
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
    applyUrlToStore(ctx);
    ready.current = true;

    let last = viewStateOf(useViewStore.getState());
    const unsubscribe = useViewStore.subscribe((s) => {
      const next = viewStateOf(s);
      const url = serializeShareUrl(next);
      if (url === serializeShareUrl(last)) return;
      const href = viewHref(next, ctx.regions);
      if (onlyCameraChanged(last, next)) window.history.replaceState(null, '', href);
      else window.history.pushState(null, '', href);
      last = next;
    });
    const onPop = () => {
      const parsed = parseShareUrl(addressQuery(), ctx);
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
