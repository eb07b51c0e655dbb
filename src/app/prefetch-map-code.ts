/**
 * The first drag hands the map to MapLibre, whose chunk is a megabyte. On a fast connection that is not saving
 * data, its files are fetched (not run) once the first view is idle, so the hand-over waits for no download;
 * on saveData or a slow connection nothing is fetched until the reader reaches for the map. The file names
 * come from index.html (`<meta name="peta-map-code">`, vite.config.ts, mapCodeHint).
 */
import { whenIdle } from '@/data/when-idle';

interface NetworkInformationLike {
  saveData?: boolean;
  effectiveType?: string;
}

export function shouldPrefetchMapCode(connection: NetworkInformationLike | undefined): boolean {
  if (!connection) return true; // Browsers without the API (Firefox, Safari) are mostly on desktop broadband.
  return connection.saveData !== true && (connection.effectiveType === undefined || connection.effectiveType === '4g');
}

let asked = false;

export function prefetchMapCodeWhenIdle(): void {
  if (asked) return;
  asked = true;
  const files = document.querySelector<HTMLMetaElement>('meta[name="peta-map-code"]')?.content.split(' ').filter(Boolean) ?? [];
  if (files.length === 0 || !shouldPrefetchMapCode((navigator as { connection?: NetworkInformationLike }).connection)) return;
  const start = () => {
    for (const href of files) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = 'script';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    }
  };
  whenIdle(start, 5000);
}
