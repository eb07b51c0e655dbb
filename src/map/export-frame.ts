import type { Boundaries } from '@/data/load-boundaries';
import { unionBbox } from '@/domain/geometry-bbox';
import type { MapLevel } from '@/domain/select-regions';
import { SELECTED_OUTLINE, OUTLINE_WIDTH, type RegionPaintState } from '@/shared/region-paint';
import type { Camera } from '@/state/view-state';
import { arcTracer } from './arc-paths';
import { drawFlatBase, flatHatch } from './draw-flat-map';
import { cameraForBounds, screenTransform, worldPoint, type Bbox } from './mercator';

/** A download's map width in CSS pixels; drawn at 2× it is 1600 px, enough for print and a retina screen. */
export const EXPORT_WIDTH = 800;
export const EXPORT_SCALE = 2;
const PAD = 12;

export interface ExportFrame {
  camera: Camera;
  size: { width: number; height: number };
}

/** The box of the view's place: its provinces, else every unit of the boundary file (not a fixed sea-wide box). */
export function placeBox(b: Pick<Boundaries, 'bounds' | 'shapes'>, provinces: readonly string[]): Bbox {
  const codes = provinces.length ? provinces : b.shapes.provinces.map((p) => p.code);
  const boxes = codes.map((c) => b.bounds.get(c)).filter((x): x is Bbox => x !== undefined);
  if (boxes.length === 0) return [95, -11, 141, 6];
  return unionBbox(boxes);
}

/**
 * The map area framed to the data: its height follows the place's shape (wide for the archipelago, taller for
 * a province), within 0.4–1 of the width, so the file is not a strip of land in a sea of margin. `size`, when
 * given, is kept (print's fixed box) and the place fitted into it.
 */
export function exportFrame(box: Bbox, width = EXPORT_WIDTH, size?: { width: number; height: number }): ExportFrame {
  const [x0, y1] = worldPoint(box[0], box[1]);
  const [x1, y0] = worldPoint(box[2], box[3]);
  const aspect = Math.max(y1 - y0, 1e-9) / Math.max(x1 - x0, 1e-9);
  const inner = width - PAD * 2;
  const height = Math.round(Math.min(width, Math.max(width * 0.4, inner * aspect + PAD * 2)));
  const frame = size ?? { width, height };
  return { camera: cameraForBounds(box, frame, { top: PAD, bottom: PAD, left: PAD, right: PAD }, 10), size: frame };
}

/**
 * Draws the view's map into a canvas at `scale` (the 2D map's own drawing: same colours, hatch, dimming and
 * province lines), with the selected region outlined. The PNG download and the printed map both draw this,
 * so neither depends on a WebGL buffer (which prints blank).
 */
export function drawExportMap(
  canvas: HTMLCanvasElement,
  b: Boundaries,
  states: ReadonlyMap<string, RegionPaintState>,
  level: MapLevel,
  frame: ExportFrame,
  scale: number,
): void {
  canvas.width = Math.round(frame.size.width * scale);
  canvas.height = Math.round(frame.size.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  const trace = arcTracer(b.arcs, screenTransform(frame.camera, frame.size), 0.25);
  const units = (level === 'provinsi' ? b.shapes.provinces : b.shapes.regions).map((u) => {
    const path = new Path2D();
    trace(u, path);
    return { code: u.code, path };
  });
  const provinces = new Path2D();
  for (const u of b.shapes.provinces) trace(u, provinces);
  drawFlatBase(ctx, { dpr: scale, size: frame.size, units, provinces, states, hatch: flatHatch(ctx) });
  ctx.strokeStyle = SELECTED_OUTLINE;
  ctx.lineWidth = OUTLINE_WIDTH.selected;
  for (const u of units) if (states.get(u.code)?.selected) ctx.stroke(u.path);
}
