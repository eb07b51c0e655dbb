import { CATEGORY_COLORS, FILL_OPACITY, FOCUS_OUTLINE, HATCH_RGBA, SELECTED_OUTLINE, type RegionPaintState } from '@/shared/region-paint';

/** The sea, as MapLibre's background layer paints it. */
const SEA = '#dbe7ef';

const OUTLINE = {
  hover: { color: FOCUS_OUTLINE, width: 2 },
  selected: { color: SELECTED_OUTLINE, width: 3 },
  focus: { color: FOCUS_OUTLINE, width: 3 },
} as const;

/** The "no record" hatch: grey diagonals every 8 px, as MapLibre's fill-pattern image. */
export function flatHatch(ctx: CanvasRenderingContext2D): CanvasPattern | null {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = `rgb(${HATCH_RGBA.slice(0, 3).join(',')})`;
  t.lineWidth = 1;
  t.beginPath();
  t.moveTo(0, 8);
  t.lineTo(8, 0);
  t.moveTo(-1, 1);
  t.lineTo(1, -1);
  t.moveTo(7, 9);
  t.lineTo(9, 7);
  t.stroke();
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
  ctx.fillStyle = SEA;
  ctx.fillRect(0, 0, size.width, size.height);
  for (const u of units) {
    const s = states.get(u.code);
    ctx.globalAlpha = s?.dim ? FILL_OPACITY.dimmed : FILL_OPACITY.shown;
    ctx.fillStyle = CATEGORY_COLORS[s?.status ?? 'unknown'];
    ctx.fill(u.path);
  }
  ctx.globalAlpha = 1;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 0.4;
  for (const u of units) ctx.stroke(u.path);
  if (scene.hatch) {
    ctx.globalAlpha = 0.6;
    ctx.fillStyle = scene.hatch;
    for (const u of units) if (states.get(u.code)?.hatch) ctx.fill(u.path);
    ctx.globalAlpha = 1;
  }
  ctx.strokeStyle = '#3a3a3a';
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
  outlines: { path: Path2D | undefined; kind: keyof typeof OUTLINE }[],
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
  ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
  for (const o of outlines) {
    if (!o.path) continue;
    ctx.strokeStyle = OUTLINE[o.kind].color;
    ctx.lineWidth = OUTLINE[o.kind].width;
    ctx.stroke(o.path);
  }
}
