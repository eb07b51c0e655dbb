import type { Boundaries, UnitShape } from '@/data/load-boundaries';
import {
  MAP_CLASS_COLORS,
  FILL_OPACITY,
  FOCUS_OUTLINE,
  HATCH_OPACITY,
  HATCH_TILE,
  OUTLINE_WIDTH,
  PROVINCE_LINE_COLOR,
  REGION_BORDER,
  SEA_COLOR,
  SELECTED_OUTLINE,
  type RegionPaintState,
} from '@/shared/region-paint';
import { arcTracer, type ScreenTransform } from './arc-paths';

/**
 * One camera's canvas paths: each unit's (with its screen box, for hit tests) and the province lines, traced from
 * the file's shared arcs with points closer than 0.4 px dropped. What drawFlatBase draws, for the app's 2D map and
 * the home page's first map alike.
 */
export function canvasPaths(b: Boundaries, shapes: readonly UnitShape[], view: ScreenTransform) {
  const trace = arcTracer(b.arcs, view, 0.4);
  const units = shapes.map((u) => {
    const path = new Path2D();
    return { code: u.code, path, box: trace(u, path) };
  });
  const provinces = new Path2D();
  for (const u of b.shapes.provinces) trace(u, provinces);
  return { units, provinces };
}

/** The canvases' pixels per CSS pixel: the screen's, at most 2 (finer costs a phone fill time and memory it cannot show). */
export function canvasPixelRatio(): number {
  return Math.min(2, typeof devicePixelRatio === 'number' && devicePixelRatio > 0 ? devicePixelRatio : 1);
}

const OUTLINE_COLOR = { hover: FOCUS_OUTLINE, selected: SELECTED_OUTLINE, focus: FOCUS_OUTLINE } as const;

/** The "no record" hatch: the same 8 px tile of diagonals as the SVG download's pattern. */
export function flatHatch(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = HATCH_TILE.size;
  tile.height = HATCH_TILE.size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = HATCH_TILE.stroke;
  t.lineWidth = 1;
  t.stroke(new Path2D(HATCH_TILE.path));
  return ctx.createPattern(tile, 'repeat');
}

export interface FlatScene {
  dpr: number;
  size: { width: number; height: number };
  units: readonly { code: string; path: Path2D }[];
  provinces: Path2D;
  states: ReadonlyMap<string, RegionPaintState>;
  hatch: CanvasPattern | null;
}

/**
 * The 2D map's base, in MapLibre's layer order: sea, fills (category colour, faint outside the filter), white
 * borders, the hatch on "no record", province lines. Redrawn when the camera or the colours change.
 */
export function drawFlatBase(ctx: CanvasRenderingContext2D, scene: FlatScene): void {
  const { dpr, size, units, states } = scene;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = SEA_COLOR;
  ctx.fillRect(0, 0, size.width, size.height);
  for (const u of units) {
    const s = states.get(u.code);
    ctx.globalAlpha = s?.dim ? FILL_OPACITY.dimmed : FILL_OPACITY.shown;
    ctx.fillStyle = MAP_CLASS_COLORS[s?.paint ?? 'unknown'];
    ctx.fill(u.path);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = REGION_BORDER.color;
  ctx.lineWidth = REGION_BORDER.width;
  for (const u of units) ctx.stroke(u.path);
  if (scene.hatch) {
    ctx.globalAlpha = HATCH_OPACITY;
    ctx.fillStyle = scene.hatch;
    for (const u of units) if (states.get(u.code)?.hatch) ctx.fill(u.path);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = PROVINCE_LINE_COLOR;
  ctx.lineWidth = 1;
  ctx.stroke(scene.provinces);
}

/**
 * The outlines over the base (hover, selection, keyboard focus), on a canvas of their own: a hover or a click
 * redraws three paths, not the 514 regions under them.
 */
export function drawFlatOutlines(
  ctx: CanvasRenderingContext2D,
  view: { dpr: number; size: { width: number; height: number } },
  outlines: { path: Path2D | undefined; kind: keyof typeof OUTLINE_WIDTH }[],
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  for (const o of outlines) {
    if (!o.path) continue;
    ctx.strokeStyle = OUTLINE_COLOR[o.kind];
    ctx.lineWidth = OUTLINE_WIDTH[o.kind];
    ctx.stroke(o.path);
  }
}
