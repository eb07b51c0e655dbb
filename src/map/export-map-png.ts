import type { MapExportInfo } from '@/shared/map-export-info';
import { downloadBlob } from '@/shared/download';
import { mapOnScreen } from './active-map';

export interface PngLegendEntry {
  label: string;
  color: string;
  /** Drawn as an outline instead of a filled swatch (imported data). */
  outline?: boolean;
  count?: number;
}

export interface PngOptions {
  title: string;
  /** The selected region and its category, under the title. */
  selection?: string | undefined;
  legend: PngLegendEntry[];
  /** Every source line the footer shows: boundaries, gazetteer, award data. */
  attribution: string[];
}

const PAD = 16;
const LINE = 22;

/** The map as drawn now (either renderer), with a band below for title, legend and attribution, as a PNG blob. */
async function exportMapPng(options: PngOptions): Promise<Blob> {
  const map = mapOnScreen();
  if (!map) throw new Error('The map is not shown');
  const source = map.canvas();
  const cssWidth = map.size().width;
  const scale = cssWidth > 0 ? source.width / cssWidth : 1;
  // Two legend columns on a phone-width map, three on a wider one, so labels are not cut.
  const columns = cssWidth < 720 ? 2 : 3;
  const legendRows = Math.ceil(options.legend.length / columns);
  const titleLines = options.selection ? 2 : 1;
  const band = (PAD * 2 + LINE * (titleLines + legendRows + options.attribution.length)) * scale;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height + band;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  ctx.scale(scale, scale);
  const width = source.width / scale;
  let y = source.height / scale + PAD + 14;
  ctx.fillStyle = '#111111';
  ctx.font = 'bold 15px system-ui, sans-serif';
  ctx.fillText(options.title, PAD, y, width - PAD * 2);
  if (options.selection) {
    y += LINE;
    ctx.font = 'bold 13px system-ui, sans-serif';
    ctx.fillText(options.selection, PAD, y, width - PAD * 2);
  }
  ctx.font = '13px system-ui, sans-serif';
  const colWidth = (width - PAD * 2) / columns;
  options.legend.forEach((e, i) => {
    const x = PAD + (i % columns) * colWidth;
    const rowY = y + LINE * (1 + Math.floor(i / columns));
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
    ctx.fillText(e.count === undefined ? e.label : `${e.label}: ${e.count}`, x + 20, rowY, colWidth - 24);
  });
  y += LINE * (1 + legendRows);
  ctx.fillStyle = '#444444';
  ctx.font = '11px system-ui, sans-serif';
  for (const line of options.attribution) {
    ctx.fillText(line, PAD, y, width - PAD * 2);
    y += LINE;
  }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The map on screen as a PNG file, titled and captioned by the view's export info (the same as the SVG's). */
export async function downloadMapPng(info: MapExportInfo, year: number): Promise<void> {
  const blob = await exportMapPng({
    title: info.title,
    selection: info.selection,
    legend: info.legend.map((e) => ({ label: e.label, color: e.color, outline: e.outline })),
    attribution: info.footer,
  });
  downloadBlob(blob, `peta-uhc-${year}.png`);
}
