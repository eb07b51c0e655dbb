import { loadFirstDataset } from '@/data/dataset-queries';
import { loadFirstBoundaries } from '@/data/load-boundaries';
import { paintFirstMap } from '@/map/paint-first-map';
import { onPhoneScreen } from './phone-screen';

/**
 * The home page's HTML carries the national counts and a canvas beside them (scripts/pages/page-body.ts). On a
 * slow link React and the app are most of the first view's bytes, so the map is painted into that canvas as
 * soon as its two small files are in, before the app's code has arrived: the reader sees the coloured country
 * seconds earlier. The app's dataset and boundary queries take these loads over (one fetch, one decode), and
 * the app's first render replaces the page, canvas and all. Nothing here imports React (main.tsx loads it
 * after). A failed file paints nothing: the app says what failed.
 */
let appIn = false;

/** The app's code has arrived (mount-app.tsx): its own map is a render away, so painting this one would only delay it. */
export function appCodeArrived(): void {
  appIn = true;
}

export function paintFirstMapWhenReady(): void {
  const canvas = document.querySelector<HTMLCanvasElement>('canvas[data-first-map]');
  // A phone's screen only: on a desktop painting this one first cost the app's own map ~100 ms.
  if (!canvas || !onPhoneScreen()) return;
  void Promise.all([loadFirstDataset(), loadFirstBoundaries()])
    .then(async ([dataset, boundaries]) => {
      // On a fast link the app's code is in by now (or has replaced the page): its own map comes next.
      if (!appIn && canvas.isConnected && (await paintFirstMap(canvas, dataset, boundaries))) {
        canvas.dataset.painted = 'true';
        for (const key of document.querySelectorAll<HTMLElement>('.page-facts-counts .swatch[data-color]')) key.style.background = key.dataset.color ?? '';
        performance.mark('map:painted');
      }
    })
    .catch(() => undefined);
}
