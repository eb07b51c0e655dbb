import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapLevel } from '@/domain/select-regions';
import { escapeMarkup } from '@/shared/escape-markup';
import {
  MAP_CLASS_COLORS,
  FILL_OPACITY,
  HATCH_OPACITY,
  HATCH_TILE,
  OUTLINE_WIDTH,
  PROVINCE_LINE_COLOR,
  REGION_BORDER,
  SEA_COLOR,
  SELECTED_OUTLINE,
  type RegionPaintState,
} from '@/shared/region-paint';
import type { Camera } from '@/state/view-state';
import { projector } from './mercator';
import { polygonPath } from './polygon-path';

/** A legend line: a swatch (or the hatch for "no record") and its label with the count. */
export interface SvgLegendEntry {
  label: string;
  color: string;
  hatch?: boolean;
}

export interface SvgMapInput {
  regions: FeatureCollection<Polygon | MultiPolygon, { code: string }>;
  provinces: FeatureCollection<Polygon | MultiPolygon, { prov: string }>;
  /** Paint state per unit of the level (kab/kota codes or province codes), from src/shared/region-paint. */
  states: ReadonlyMap<string, RegionPaintState>;
  level: MapLevel;
  camera: Camera;
  /** The map area in CSS pixels; the legend and sources go below it. */
  size: { width: number; height: number };
  title: string;
  /** The selected region and its category, a line under the title. */
  selection?: string | undefined;
  legend: SvgLegendEntry[];
  /** Sources and the link to the view, one line each. */
  footer: string[];
}

const LINE = 20;
const PAD = 14;

/** Path data of a polygon feature in viewport pixels; empty when it lies wholly outside the map area. */

/**
 * The map as a standalone SVG document for newsroom graphics: the same colours, hatch, dimming and selection
 * as on screen (read from the paint states), province lines, then the title, legend and sources below.
 * Everything is text in the file, escaped: nothing from the data is markup.
 */
export function mapSvg(input: SvgMapInput): string {
  const { size } = input;
  const project = projector(input.camera, size);
  const units =
    input.level === 'provinsi'
      ? input.provinces.features.map((f) => ({ f, code: f.properties.prov }))
      : input.regions.features.map((f) => ({ f, code: f.properties.code }));
  const fills: string[] = [];
  const hatches: string[] = [];
  const selected: string[] = [];
  for (const { f, code } of units) {
    const d = polygonPath(f, project, { minStep: 0.5, clip: size });
    if (!d) continue;
    const s = input.states.get(code);
    const status = s?.paint ?? 'unknown';
    const opacity = s?.dim ? FILL_OPACITY.dimmed : FILL_OPACITY.shown;
    fills.push(`<path d="${d}" fill="${MAP_CLASS_COLORS[status]}" fill-opacity="${opacity}" data-code="${escapeMarkup(code)}" data-status="${status}"/>`);
    if (s?.hatch) hatches.push(`<path d="${d}"/>`);
    if (s?.selected) selected.push(`<path d="${d}"/>`);
  }
  const provinceLines = input.provinces.features.map((f) => polygonPath(f, project, { minStep: 0.5, clip: size })).filter(Boolean);

  // The selection's line sits under the title and pushes the legend and sources down one line.
  const head = input.selection ? 2 : 1;
  const legendRows = input.legend.length;
  const height = size.height + PAD * 2 + LINE * (head + legendRows + input.footer.length);
  const legend = input.legend
    .map((e, i) => {
      const y = size.height + PAD + LINE * (i + head) + 14;
      const swatch = e.hatch
        ? `<rect x="${PAD}" y="${y - 12}" width="14" height="14" fill="${e.color}" stroke="#555" stroke-width="0.5"/><rect x="${PAD}" y="${y - 12}" width="14" height="14" fill="url(#hatch)"/>`
        : `<rect x="${PAD}" y="${y - 12}" width="14" height="14" fill="${e.color}" stroke="#555" stroke-width="0.5"/>`;
      return `${swatch}<text x="${PAD + 22}" y="${y}">${escapeMarkup(e.label)}</text>`;
    })
    .join('');
  const footer = input.footer
    .map((line, i) => `<text x="${PAD}" y="${size.height + PAD + LINE * (legendRows + i + head) + 14}" fill="#444" font-size="11">${escapeMarkup(line)}</text>`)
    .join('');

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${height}" viewBox="0 0 ${size.width} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<title>${escapeMarkup(input.title)}</title>`,
    `<defs><pattern id="hatch" width="${HATCH_TILE.size}" height="${HATCH_TILE.size}" patternUnits="userSpaceOnUse"><path d="${HATCH_TILE.path}" stroke="${HATCH_TILE.stroke}" stroke-width="1"/></pattern>`,
    `<clipPath id="map-area"><rect width="${size.width}" height="${size.height}"/></clipPath></defs>`,
    `<rect width="${size.width}" height="${height}" fill="#fff"/>`,
    `<g clip-path="url(#map-area)"><rect width="${size.width}" height="${size.height}" fill="${SEA_COLOR}"/>`,
    `<g stroke="${REGION_BORDER.color}" stroke-width="${REGION_BORDER.width}">${fills.join('')}</g>`,
    `<g fill="url(#hatch)" fill-opacity="${HATCH_OPACITY}" stroke="none">${hatches.join('')}</g>`,
    `<g fill="none" stroke="${PROVINCE_LINE_COLOR}" stroke-width="1">${provinceLines.map((d) => `<path d="${d}"/>`).join('')}</g>`,
    `<g fill="none" stroke="${SELECTED_OUTLINE}" stroke-width="${OUTLINE_WIDTH.selected}">${selected.join('')}</g></g>`,
    `<text x="${PAD}" y="${size.height + PAD + 14}" font-weight="bold" font-size="15">${escapeMarkup(input.title)}</text>`,
    input.selection
      ? `<text x="${PAD}" y="${size.height + PAD + LINE + 14}" font-weight="bold" data-testid="selection">${escapeMarkup(input.selection)}</text>`
      : '',
    legend,
    footer,
    '</svg>',
  ].join('\n');
}
