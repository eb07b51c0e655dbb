import { describe, expect, it } from 'vitest';
import { MAP_MAX_ZOOM } from './map-controller';
import { projector } from './mercator';
import { zoomedBy, zoomKeyStep } from './zoom-step';

describe('a zoom step', () => {
  it('reads + and = as in, − and _ as out, anything else as no zoom', () => {
    expect(['+', '=', '-', '_', 'a', 'ArrowUp'].map(zoomKeyStep)).toEqual([1, 1, -1, -1, 0, 0]);
  });

  it('stays within the map’s zooms, and keeps a highlighted region where it is on screen', () => {
    const camera = { zoom: 5, lat: -2, lng: 118 };
    expect(zoomedBy({ ...camera, zoom: MAP_MAX_ZOOM }, 1).zoom).toBe(MAP_MAX_ZOOM);
    expect(zoomedBy(camera, 1)).toEqual({ ...camera, zoom: 6 });
    const size = { width: 800, height: 600 };
    const center: [number, number] = [110, -7];
    const before = projector(camera, size)(...center);
    const after = zoomedBy(camera, 1, { size, center });
    expect(after.zoom).toBe(6);
    projector(after, size)(...center).forEach((v, i) => expect(v).toBeCloseTo(before[i]!, 6));
  });
});
