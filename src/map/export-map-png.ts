import type { Boundaries } from '@/data/load-boundaries';
import type { RegionRow } from '@/domain/select-regions';
import { downloadBlob } from '@/shared/download';
import type { MapExportInfo } from '@/shared/map-export-info';
import { paintStates, polygonFor } from '@/shared/region-paint';
import type { ViewState } from '@/state/view-state';
import { drawExportMap, EXPORT_SCALE, EXPORT_WIDTH, exportFrame, placeBox } from './export-frame';

const PAD = 16;
const LINE = 20;
const FONT = 'system-ui, sans-serif';

/** Lines of at most `max` px: words wrap, and a word too long for a line (an address) is cut by characters. */
function wrap(ctx: CanvasRenderingContext2D, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= max) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const ch of word) {
      if (ctx.measureText(line + ch).width > max && line) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
  }
  if (line) lines.push(line);
  return lines;
}

type Block = { font: string; color: string; lines: string[] };

/**
 * The view's map drawn anew at 2× (1600 px wide), framed to its place, with a band below: the title and
 * selection (wrapped, never cut), the legend with the view's counts in columns, and every source line —
 * award pages, boundaries, imports, the link back.
 */
async function renderMapPng(b: Boundaries, rows: readonly RegionRow[], view: ViewState, info: MapExportInfo): Promise<Blob> {
  const frame = exportFrame(placeBox(b, view.provinces), EXPORT_WIDTH);
  const map = document.createElement('canvas');
  drawExportMap(map, b, paintStates(rows, polygonFor(view.region, rows)), view.level, frame, EXPORT_SCALE);
  const width = frame.size.width;
  const text = (document.createElement('canvas').getContext('2d') ?? null) as CanvasRenderingContext2D | null;
  if (!text) throw new Error('No 2D canvas');
  const inner = width - PAD * 2;
  const block = (font: string, color: string, lines: string[]): Block => {
    text.font = font;
    return { font, color, lines: lines.flatMap((l) => wrap(text, l, inner)) };
  };
  const head = [block(`bold 16px ${FONT}`, '#111111', [info.title]), ...(info.selection ? [block(`bold 13px ${FONT}`, '#111111', [info.selection])] : [])];
  const foot = [block(`11px ${FONT}`, '#444444', info.footer)];
  // Two legend columns when every label fits its half, else one: a label is never squeezed or cut.
  text.font = `13px ${FONT}`;
  const columns = info.legend.every((e) => text.measureText(e.label).width <= inner / 2 - 24) ? 2 : 1;
  const legendRows = Math.ceil(info.legend.length / columns);
  const headLines = head.reduce((n, x) => n + x.lines.length, 0);
  const footLines = foot[0]!.lines.length;
  const band = PAD * 2 + LINE * (headLines + legendRows) + 16 * footLines + 8;
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + Math.ceil(band * EXPORT_SCALE);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, 0, 0);
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  let y = frame.size.height + PAD + 14;
  for (const b of head) {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const l of b.lines) {
      ctx.fillText(l, PAD, y);
      y += LINE;
    }
  }
  ctx.font = `13px ${FONT}`;
  const colWidth = inner / columns;
  info.legend.forEach((e, i) => {
    const x = PAD + (i % columns) * colWidth;
    const rowY = y + LINE * Math.floor(i / columns);
    if (e.outline) {
      ctx.strokeStyle = e.color;
      ctx.lineWidth = 2;
      ctx.strokeRect(x + 1, rowY - 11, 12, 12);
    } else {
      ctx.fillStyle = e.color;
      ctx.fillRect(x, rowY - 12, 14, 14);
      ctx.strokeStyle = '#555555';
      ctx.lineWidth = 0.5;
      ctx.strokeRect(x, rowY - 12, 14, 14);
    }
    ctx.fillStyle = '#111111';
    ctx.fillText(e.label, x + 20, rowY, colWidth - 24);
  });
  y += LINE * legendRows + 8;
  for (const b of foot) {
    ctx.font = b.font;
    ctx.fillStyle = b.color;
    for (const l of b.lines) {
      ctx.fillText(l, PAD, y);
      y += 16;
    }
  }
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The view's map as a PNG file, titled and captioned by the view's export info (the same as the SVG's). */
export async function downloadMapPng(b: Boundaries, rows: readonly RegionRow[], view: ViewState, info: MapExportInfo, fileName: string): Promise<void> {
  downloadBlob(await renderMapPng(b, rows, view, info), fileName);
}
