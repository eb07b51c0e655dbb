/**
 * The link preview's picture (1200×630, what WhatsApp, Facebook and X show large): an SVG card drawn from the
 * boundary file with the map's own projection, path writer and palette (src/map/mercator.ts, polygon-path.ts,
 * src/shared/region-paint.ts), turned into PNG by resvg with a font from an npm package (no browser, no system
 * font). A region's card: the region highlighted among its province's kabupaten/kota, the category's colour
 * and name, the change since the previous edition, the site name. The home card: the national map.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { CategoryStatus } from '../../src/domain/award-record';
import { geometryBbox, unionBbox, type Bbox } from '../../src/domain/geometry-bbox';
import { cameraForBounds, projector } from '../../src/map/mercator';
import { polygonPath } from '../../src/map/polygon-path';
import type { RegionCardWords } from '../../src/shared/region-page-text';
import { CATEGORY_COLORS, CATEGORY_TEXT, HATCH_TILE, SEA_COLOR, SELECTED_OUTLINE } from '../../src/shared/region-paint';
import { escapeMarkup as x } from '../../src/shared/escape-markup';
import type { PageGeometry } from './page-dataset';

const CARD = { width: 1200, height: 630 } as const;
const FONT = 'Inter';
const OTHER_FILL = '#d9d9d9';

type Shape = Feature<Polygon | MultiPolygon>;

/** Geometry with each shape's box, computed once for all cards. */
export interface CardGeometry {
  regions: { code: string; prov: string; shape: Shape; box: Bbox }[];
  provinces: { code: string; shape: Shape; box: Bbox }[];
}

export function cardGeometry(g: PageGeometry): CardGeometry {
  return {
    regions: g.regions.features.map((f) => ({ code: f.properties.code, prov: f.properties.prov, shape: f, box: geometryBbox(f.geometry) })),
    provinces: g.provinces.features.map((f) => ({ code: f.properties.prov, shape: f, box: geometryBbox(f.geometry) })),
  };
}

const overlaps = (a: Bbox, b: Bbox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

interface MapArea {
  width: number;
  height: number;
  /** Colour per drawn region code; regions not listed are drawn grey. */
  fill: (code: string) => { color: string; hatch: boolean } | null;
  focus: Bbox;
  /** Outlined on top: the page's region (or province). */
  outline?: Shape;
  /** Only the regions of these provinces are drawn; all when not given. */
  provinces?: ReadonlySet<string>;
}

/** The map part of a card: regions in the focus box, province lines, the highlighted outline. */
function mapLayer(geo: CardGeometry, area: MapArea): string {
  const size = { width: area.width, height: area.height };
  const camera = cameraForBounds(area.focus, size, { top: 40, bottom: 40, left: 40, right: 40 }, 11);
  const project = projector(camera, size);
  // The viewport shows more than the focus box along one axis: anything whose box meets the focus widened by
  // its larger side is a candidate; polygonPath's clip then leaves out rings wholly off the card.
  const pad = Math.max(area.focus[2] - area.focus[0], area.focus[3] - area.focus[1]);
  const visible: Bbox = [area.focus[0] - pad, area.focus[1] - pad, area.focus[2] + pad, area.focus[3] + pad];
  const fills: string[] = [];
  const hatches: string[] = [];
  for (const r of geo.regions) {
    if (!overlaps(r.box, visible) || (area.provinces && !area.provinces.has(r.prov))) continue;
    const d = polygonPath(r.shape, project, { minStep: 0.8, clip: size });
    if (!d) continue;
    const paint = area.fill(r.code);
    fills.push(`<path d="${d}" fill="${paint?.color ?? OTHER_FILL}"/>`);
    if (paint?.hatch) hatches.push(`<path d="${d}"/>`);
  }
  const lines = geo.provinces
    .filter((p) => overlaps(p.box, visible) && (!area.provinces || area.provinces.has(p.code)))
    .map((p) => polygonPath(p.shape, project, { minStep: 0.8, clip: size }))
    .filter(Boolean)
    .map((d) => `<path d="${d}"/>`);
  const outline = area.outline ? polygonPath(area.outline, project, { minStep: 0.5, clip: size }) : '';
  return [
    `<rect width="${area.width}" height="${area.height}" fill="${SEA_COLOR}"/>`,
    // Crisp edges: the thousands of anti-aliased border pixels are most of a card's PNG bytes (~70 KB → less).
    `<g stroke="#ffffff" stroke-width="0.8" shape-rendering="crispEdges">${fills.join('')}</g>`,
    `<g fill="url(#hatch)" stroke="none" shape-rendering="crispEdges">${hatches.join('')}</g>`,
    `<g fill="none" stroke="#3a3a3a" stroke-width="1.2" shape-rendering="crispEdges">${lines.join('')}</g>`,
    outline ? `<path d="${outline}" fill="none" stroke="${SELECTED_OUTLINE}" stroke-width="4" stroke-linejoin="round"/>` : '',
  ].join('');
}

/** Words wrapped to lines of at most `max` characters (Inter's average glyph is about half its size wide). */
function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length > lines)
    return [
      ...out.slice(0, lines - 1),
      `${out
        .slice(lines - 1)
        .join(' ')
        .slice(0, max - 1)}…`,
    ];
  return out;
}

const DEFS = `<defs><pattern id="hatch" width="${HATCH_TILE.size}" height="${HATCH_TILE.size}" patternUnits="userSpaceOnUse"><path d="${HATCH_TILE.path}" stroke="${HATCH_TILE.stroke}" stroke-width="1"/></pattern></defs>`;

function svgDoc(body: string, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}" font-family="${FONT}"><title>${x(title)}</title>${DEFS}<rect width="${CARD.width}" height="${CARD.height}" fill="#ffffff"/>${body}</svg>`;
}

/** The card's words: the site and edition, the region's name and place, and its answer (`regionCardWords`). */
export interface RegionCardText extends RegionCardWords {
  site: string;
  edition: string;
  name: string;
  place: string;
  status: CategoryStatus;
}

/** A region's (or province's) card: the map on the left, the answer on the right. */
export function regionCardSvg(
  geo: CardGeometry,
  page: { code: string; provinceCode: string; level: 'provinsi' | 'kabupaten' | 'kota' },
  colours: ReadonlyMap<string, CategoryStatus>,
  text: RegionCardText,
): string {
  const isProvince = page.level === 'provinsi';
  const province = geo.provinces.find((p) => p.code === page.provinceCode);
  const own = isProvince ? province : geo.regions.find((r) => r.code === page.code);
  const focus = province?.box ?? own?.box ?? [95, -11, 141, 6];
  const paint = (code: string) => {
    // On a region's card only the region is coloured; on a province's its kabupaten/kota by their categories.
    if (!isProvince && code !== page.code) return null;
    const s = colours.get(code) ?? 'unknown';
    return { color: CATEGORY_COLORS[s], hatch: s === 'unknown' };
  };
  const map = mapLayer(geo, {
    width: 600,
    height: CARD.height,
    fill: paint,
    focus,
    ...(own ? { outline: own.shape } : {}),
    provinces: new Set([page.provinceCode]),
  });
  // Inter Bold's glyphs average about 0.6 of the size: 504 px of text column holds ~16 characters at 54 px.
  const fitsTwo = wrap(text.name, 16, 3).length <= 2;
  const nameSize = fitsTwo ? 54 : 42;
  const nameLines = wrap(text.name, fitsTwo ? 16 : 20, 3);
  let y = 96;
  const t: string[] = [`<text x="648" y="${y}" font-size="30" font-weight="700" fill="#253494">${x(text.site)}</text>`];
  t.push(`<text x="648" y="${(y += 40)}" font-size="24" fill="#555555">${x(text.edition)}</text>`);
  y += 30;
  for (const line of nameLines) t.push(`<text x="648" y="${(y += nameSize + 8)}" font-size="${nameSize}" font-weight="700" fill="#111111">${x(line)}</text>`);
  for (const line of wrap(text.place, 32, 2)) t.push(`<text x="648" y="${(y += 38)}" font-size="26" fill="#444444">${x(line)}</text>`);
  const badgeLines = wrap(text.badge, 26, 2);
  const badgeSize = badgeLines.length > 1 || text.badge.length > 14 ? 32 : 48;
  const badgeHeight = badgeLines.length * (badgeSize + 12) + 28;
  y += 28;
  const hatch = text.status === 'unknown' ? `<rect x="648" y="${y}" width="504" height="${badgeHeight}" rx="12" fill="url(#hatch)"/>` : '';
  t.push(
    `<rect x="648" y="${y}" width="504" height="${badgeHeight}" rx="12" fill="${CATEGORY_COLORS[text.status]}" stroke="#555555" stroke-width="1"/>${hatch}`,
  );
  let by = y + 14;
  for (const line of badgeLines)
    t.push(`<text x="672" y="${(by += badgeSize + 6)}" font-size="${badgeSize}" font-weight="700" fill="${CATEGORY_TEXT[text.status]}">${x(line)}</text>`);
  y += badgeHeight;
  if (text.change) for (const line of wrap(text.change, 32, 2)) t.push(`<text x="648" y="${(y += 42)}" font-size="28" fill="#222222">${x(line)}</text>`);
  if (text.source) t.push(`<text x="648" y="590" font-size="22" fill="#555555">${x(wrap(text.source, 40, 1)[0]!)}</text>`);
  return svgDoc(`<g>${map}</g>${t.join('')}`, `${text.name}: ${text.badge}`);
}

/** The home page's card: the national map by category, the site's name and the edition's counts. */
export function homeCardSvg(geo: CardGeometry, colours: ReadonlyMap<string, CategoryStatus>, title: string, countsLine: string): string {
  const all = unionBbox(geo.provinces.map((p) => p.box));
  const map = mapLayer(geo, {
    width: CARD.width,
    height: 470,
    focus: all,
    fill: (code) => {
      const s = colours.get(code) ?? 'unknown';
      return { color: CATEGORY_COLORS[s], hatch: s === 'unknown' };
    },
  });
  const text = [
    `<text x="48" y="530" font-size="44" font-weight="700" fill="#111111">${x(title)}</text>`,
    ...wrap(countsLine, 80, 2).map((line, i) => `<text x="48" y="${574 + i * 34}" font-size="26" fill="#333333">${x(line)}</text>`),
  ];
  return svgDoc(`<g>${map}</g>${text.join('')}`, title);
}
