import type { Boundaries } from '@/data/load-boundaries';
import { nextTask } from '@/data/next-task';
import type { Dataset } from '@/domain/dataset';
import { nationalRows } from '@/domain/select-regions';
import { paintStates } from '@/shared/region-paint';
import { canvasPaths, canvasPixelRatio, drawFlatBase, flatHatch } from './draw-flat-map';
import { MAP_MAX_ZOOM, startCamera } from './map-controller';
import { cameraForBounds, screenTransform } from './mercator';

const PADDING = { top: 4, bottom: 4, left: 4, right: 4 };

/**
 * The home page's national map before the app is in (src/app/first-map.ts): the default view — the latest
 * edition, every category — fitted to the canvas's CSS box and drawn as the app's 2D map draws it (the same
 * tracer, colours, hatch and province lines), beside the counts the page's HTML carries for the same rows.
 * In three tasks (the rows, the outlines traced, the canvas filled), so a phone answers a tap between them.
 * Resolves false when nothing was drawn: no 2D canvas, a box of no size, or the app replaced the page meanwhile.
 */
export async function paintFirstMap(canvas: HTMLCanvasElement, ds: Dataset, b: Boundaries): Promise<boolean> {
  const size = { width: canvas.clientWidth, height: canvas.clientHeight };
  const ctx = canvas.getContext('2d');
  if (!ctx || size.width === 0 || size.height === 0 || typeof Path2D !== 'function') return false;
  const dpr = canvasPixelRatio();
  const rows = nationalRows(ds);
  const states = paintStates(rows, null);
  await nextTask();
  if (!canvas.isConnected) return false;
  const start = startCamera({ camera: null, region: null, provinces: [] }, rows, b);
  const camera = start.kind === 'camera' ? start.camera : cameraForBounds(start.bounds, size, PADDING, MAP_MAX_ZOOM);
  const { units, provinces } = canvasPaths(b, b.shapes.regions, screenTransform(camera, size));
  await nextTask();
  if (!canvas.isConnected) return false;
  canvas.width = Math.round(size.width * dpr);
  canvas.height = Math.round(size.height * dpr);
  drawFlatBase(ctx, { dpr, size, units, provinces, states, hatch: flatHatch(ctx) });
  return true;
}
