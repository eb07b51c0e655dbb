import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { CATEGORY_COLORS, paintStates } from '@/shared/region-paint';
import { testDataset } from '../../tests/unit/load-fixtures';
import { cameraForBounds, projector, worldPoint, worldToLngLat, zoomAround } from './mercator';
import { mapSvg } from './svg-map';

const square = (x: number, y: number, d = 1) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

describe('Web Mercator as MapLibre draws it', () => {
  it('puts the fitted box in the padded area, centred, at the largest zoom that fits', () => {
    const size = { width: 800, height: 600 };
    const pad = { top: 20, bottom: 20, left: 40, right: 40 };
    const box: [number, number, number, number] = [114.3, -4.2, 116.6, -1.3];
    const cam = cameraForBounds(box, size, pad);
    const p = projector(cam, size);
    const [x0, y1] = p(box[0], box[1]);
    const [x1, y0] = p(box[2], box[3]);
    // One side touches the padded edge, the other fits inside; the box is centred in the padded area.
    expect(Math.min(Math.abs(x0 - 40), Math.abs(y0 - 20))).toBeLessThan(0.01);
    expect(x0).toBeGreaterThanOrEqual(39.99);
    expect(x1).toBeLessThanOrEqual(760.01);
    expect(y0).toBeGreaterThanOrEqual(19.99);
    expect(y1).toBeLessThanOrEqual(580.01);
    expect((x0 + x1) / 2).toBeCloseTo(400, 6);
    expect((y0 + y1) / 2).toBeCloseTo(300, 6);
    expect(cameraForBounds(box, size, pad, 6).zoom).toBe(6);
  });

  it('zooms about a pixel: the place under the pointer stays under it (the 2D map’s wheel)', () => {
    const size = { width: 800, height: 600 };
    const cam = { zoom: 6, lat: -2.6, lng: 115.5 };
    const at: [number, number] = [620, 150];
    const [cx, cy] = worldPoint(cam.lng, cam.lat);
    const under = worldToLngLat(cx + (at[0] - 400) / 2 ** cam.zoom, cy + (at[1] - 300) / 2 ** cam.zoom);
    expect(projector(cam, size)(...under)[0]).toBeCloseTo(at[0], 6);
    const zoomed = zoomAround(cam, size, at, 8.5);
    expect(zoomed.zoom).toBe(8.5);
    const [x, y] = projector(zoomed, size)(...under);
    expect(x).toBeCloseTo(at[0], 6);
    expect(y).toBeCloseTo(at[1], 6);
  });

  it('is MapLibre’s 512-pixel world at zoom 0', () => {
    expect(worldPoint(0, 0)).toEqual([256, 256]);
    expect(worldPoint(-180, 0)[0]).toBe(0);
  });
});

describe('the map as SVG', () => {
  const ds = testDataset();
  const rows = selectRegionRows(ds, { year: 2026, provinces: ['63'], categories: [], changes: [] });
  const regions = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, properties: { code: '63.06' }, geometry: square(115, -3) },
      { type: 'Feature' as const, properties: { code: '16.07' }, geometry: square(104, -3) },
      { type: 'Feature' as const, properties: { code: '61.01' }, geometry: square(109, 0) },
    ],
  };
  const provinces = {
    type: 'FeatureCollection' as const,
    features: [{ type: 'Feature' as const, properties: { prov: '63' }, geometry: square(114.5, -3.5, 2) }],
  };
  const size = { width: 600, height: 400 };
  const svg = mapSvg({
    regions,
    provinces,
    states: paintStates(rows, '63.06'),
    level: 'kabkota',
    camera: cameraForBounds([103, -4, 117, 2], size, { top: 10, bottom: 10, left: 10, right: 10 }),
    size,
    title: 'Peta UHC · UHC Awards 2026 · Kalimantan Selatan',
    legend: [
      { label: 'Utama: 2', color: CATEGORY_COLORS.utama, hatch: false },
      { label: 'Belum ada data <8>', color: CATEGORY_COLORS.unknown, hatch: true },
    ],
    footer: ['Batas wilayah: …', 'Tampilan ini: https://example.org/?province=63&year=2026'],
  });

  it('draws each region in its paint state: category colour, dimmed outside the filter, hatch, selection', () => {
    expect(svg).toContain(`fill="${CATEGORY_COLORS.utama}" fill-opacity="0.92" data-code="63.06" data-status="utama"`);
    expect(svg).toMatch(/fill-opacity="0.18" data-code="16.07"/);
    expect((svg.match(/<g fill="url\(#hatch\)"[^>]*>(.*?)<\/g>/s)?.[1] ?? '').match(/<path/g) ?? []).toHaveLength(0);
    expect(svg.match(/<g fill="none" stroke="#d95f02"[^>]*>(.*?)<\/g>/s)?.[1]).toContain('<path d="M');
  });

  it('names its view, the categories and its sources, as text that cannot become markup', () => {
    expect(svg).toContain('<title>Peta UHC · UHC Awards 2026 · Kalimantan Selatan</title>');
    expect(svg).toContain('>Utama: 2</text>');
    expect(svg).toContain('Belum ada data &lt;8&gt;');
    expect(svg).toContain('province=63&amp;year=2026');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('names the selected region and its category under the title, the legend one line lower', () => {
    const base = { regions, provinces, states: paintStates(rows, '63.06'), level: 'kabkota' as const, size, title: 'T', footer: [] };
    const camera = cameraForBounds([103, -4, 117, 2], size, { top: 10, bottom: 10, left: 10, right: 10 });
    const legend = [{ label: 'Utama: 2', color: CATEGORY_COLORS.utama }];
    const plain = mapSvg({ ...base, camera, legend });
    const named = mapSvg({ ...base, camera, legend, selection: 'Wilayah terpilih: Kabupaten Hulu Sungai Selatan — Utama <1>' });
    expect(named).toContain('>Wilayah terpilih: Kabupaten Hulu Sungai Selatan — Utama &lt;1&gt;</text>');
    expect(plain).not.toContain('data-testid="selection"');
    const legendY = (s: string) => Number(s.match(/<text x="36" y="([\d.]+)">Utama: 2/)?.[1]);
    expect(legendY(named) - legendY(plain)).toBe(20);
  });
});
