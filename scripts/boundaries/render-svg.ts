import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxOf } from './locate-points';

type Area = FeatureCollection<Polygon | MultiPolygon, { code: string }>;

const PANEL = 420;
const PALETTE = ['#8dd3c7', '#fdb462', '#bebada', '#fb8072', '#80b1d3', '#b3de69', '#fccde5', '#d9d9d9', '#bc80bd', '#ffed6f'];

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}

/** Side-by-side panels of one province's kabupaten/kota, same projection and colour per code in every panel. */
export function renderProvinces(title: string, panels: { title: string; regions: Area }[], provinceCode: string): string {
  const inProvince = panels.map((p) => p.regions.features.filter((f) => f.properties.code.startsWith(`${provinceCode}.`)));
  const [x0, y0, x1, y1] = bboxOf(inProvince.flat());
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
  const scale = (PANEL - 20) / Math.max((x1 - x0) * k, y1 - y0);
  const pt = ([x, y]: Position) => `${(10 + (x! - x0) * k * scale).toFixed(1)},${(30 + (y1 - y!) * scale).toFixed(1)}`;
  const codes = [...new Set(inProvince.flat().map((f) => f.properties.code))].sort();
  const colour = (code: string) => PALETTE[codes.indexOf(code) % PALETTE.length];
  const groups = inProvince.map((features, i) => {
    const paths = features.map((f) => {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const d = polys.map((poly) => poly.map((ring) => `M${ring.map(pt).join('L')}Z`).join('')).join('');
      return `<path d="${d}" fill="${colour(f.properties.code)}" stroke="#333" stroke-width="0.6" fill-rule="evenodd"><title>${escapeXml(f.properties.code)}</title></path>`;
    });
    return `<g transform="translate(${i * PANEL},0)"><text x="10" y="20" font-size="14" font-family="sans-serif">${escapeXml(panels[i]!.title)} — ${features.length} units</text>${paths.join('')}</g>`;
  });
  const height = 40 + (y1 - y0) * scale;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PANEL * panels.length}" height="${height.toFixed(0)}" viewBox="0 0 ${PANEL * panels.length} ${height.toFixed(0)}"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fff"/>${groups.join('')}</svg>\n`;
}
