import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { testDataset } from '../../tests/unit/load-fixtures';
import { cameraToShow, keyboardOrder, nextRegion, zoomAboutRegion } from './keyboard-order';
import { projector, type Bbox } from './mercator';

const ds = testDataset();
// Stand-in centres: the code's number as a longitude keeps the test independent of the boundary file.
const centers = new Map(ds.regencies.map((r) => [r.code, [Number(r.code.slice(3)) * (r.code === '63.06' ? 0.1 : 1), 0] as [number, number]]));

describe('keyboard order on the map', () => {
  it('walks the filtered regions province by province, west to east', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: ['63'], categories: [], changes: [] });
    const order = keyboardOrder(rows, centers);
    expect(order).toHaveLength(13);
    expect(order[0]).toBe('63.06'); // the westernmost by its centre
    expect(order.every((c) => c.startsWith('63.'))).toBe(true);
  });

  it('skips units without a polygon of their own', () => {
    const rows = selectRegionRows(ds, { year: 2026, provinces: ['32'], categories: [], changes: [] });
    expect(keyboardOrder(rows, centers)).not.toContain('32.18');
  });

  it('moves with arrows, wraps, and jumps by province with Page keys', () => {
    const order = ['11.01', '11.02', '12.01', '12.02', '13.01'];
    expect(nextRegion(order, null, 'ArrowRight')).toBe('11.01');
    expect(nextRegion(order, null, 'ArrowLeft')).toBe('13.01');
    expect(nextRegion(order, '11.02', 'ArrowDown')).toBe('12.01');
    expect(nextRegion(order, '13.01', 'ArrowRight')).toBe('11.01');
    expect(nextRegion(order, '11.01', 'ArrowUp')).toBe('13.01');
    expect(nextRegion(order, '11.01', 'PageDown')).toBe('12.01');
    expect(nextRegion(order, '13.01', 'PageDown')).toBe('11.01');
    expect(nextRegion(order, '12.02', 'PageUp')).toBe('12.01');
    expect(nextRegion(order, '12.01', 'PageUp')).toBe('11.01');
    expect(nextRegion(order, '12.02', 'Home')).toBe('11.01');
    expect(nextRegion(order, '11.01', 'End')).toBe('13.01');
    expect(nextRegion([], null, 'ArrowRight')).toBeNull();
  });
});

describe('the camera the walk needs', () => {
  const size = { width: 800, height: 600 };
  const padding = { top: 24, bottom: 24, left: 24, right: 24 };
  const hss: Bbox = [115.0, -2.9, 115.6, -2.4]; // Hulu Sungai Selatan
  const papua: Bbox = [134.0, -9.0, 141.0, -1.0]; // a box larger than the view at zoom 8
  /** Whether a box lies inside the padded viewport at a camera. */
  const onScreen = (camera: { zoom: number; lat: number; lng: number }, box: Bbox) => {
    const p = projector(camera, size);
    const [x0, y1] = p(box[0], box[1]);
    const [x1, y0] = p(box[2], box[3]);
    return x0 >= padding.left - 0.5 && y0 >= padding.top - 0.5 && x1 <= size.width - padding.right + 0.5 && y1 <= size.height - padding.bottom + 0.5;
  };

  it('leaves the camera alone while the region is on screen', () => {
    expect(cameraToShow({ zoom: 4, lat: -2, lng: 118 }, size, padding, hss)).toBeNull();
  });

  it('pans to a region off screen, keeping the zoom the reader chose', () => {
    const zoomedOnBanyuasin = { zoom: 8, lat: -2.3, lng: 104.6 };
    expect(onScreen(zoomedOnBanyuasin, hss)).toBe(false);
    const next = cameraToShow(zoomedOnBanyuasin, size, padding, hss)!;
    expect(next.zoom).toBe(8);
    expect(onScreen(next, hss)).toBe(true);
  });

  it('zooms out only as far as a large region needs to fit whole, and never zooms in', () => {
    const close = { zoom: 8, lat: -2.3, lng: 104.6 };
    const next = cameraToShow(close, size, padding, papua)!;
    expect(next.zoom).toBeLessThan(8);
    expect(next.zoom).toBeGreaterThan(5);
    expect(onScreen(next, papua)).toBe(true);
    const far = { zoom: 3, lat: 20, lng: 60 };
    expect(cameraToShow(far, size, padding, hss)!.zoom).toBe(3);
  });

  it('keeps the region clear of a phone sheet over the lower part of the map', () => {
    const sheet = { ...padding, bottom: 300 };
    // In the lower half, visible on a bare map but under the sheet.
    const camera = { zoom: 6.5, lat: -1.0, lng: 115.3 };
    expect(cameraToShow(camera, size, padding, hss)).toBeNull();
    const next = cameraToShow(camera, size, sheet, hss)!;
    const [, y] = projector(next, size)(115.3, -2.4);
    expect(y).toBeLessThanOrEqual(size.height - 300);
  });

  it('moves a region out from under the legend, and leaves one beside it alone', () => {
    const camera = { zoom: 6.5, lat: -1.0, lng: 115.3 };
    const [x, y] = projector(camera, size)(115.3, -2.65);
    const legend = { left: x - 60, top: y - 60, right: x + 60, bottom: y + 60 };
    const next = cameraToShow(camera, size, padding, hss, [legend])!;
    expect(next).not.toBeNull();
    const [nx, ny] = projector(next, size)(115.3, -2.65);
    expect(Math.hypot(nx - size.width / 2, ny - size.height / 2)).toBeLessThan(2); // centred
    expect(cameraToShow(camera, size, padding, hss, [{ left: 0, top: 0, right: 100, bottom: 100 }])).toBeNull();
  });

  it('zooms + and − about the highlighted region: it stays at the same point on screen', () => {
    const camera = { zoom: 5, lat: -2, lng: 110 };
    const at: [number, number] = [115.3, -2.65];
    const before = projector(camera, size)(...at);
    const after = zoomAboutRegion(camera, size, at, 6);
    expect(after.zoom).toBe(6);
    const [x, y] = projector(after, size)(...at);
    expect(x).toBeCloseTo(before[0], 6);
    expect(y).toBeCloseTo(before[1], 6);
    // About the map's middle instead, the same region would slide towards the edge.
    expect(Math.abs(projector({ ...camera, zoom: 6 }, size)(...at)[0] - before[0])).toBeGreaterThan(100);
  });
});
