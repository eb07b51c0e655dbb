import type { MultiPolygon, Polygon } from 'geojson';

export type Bbox = [west: number, south: number, east: number, north: number];

/** [west, south, east, north] of a polygon's outer rings (holes lie inside them). */
export function geometryBbox(geom: Polygon | MultiPolygon): Bbox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] as [number, number][]) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return [x0, y0, x1, y1];
}

/** The box around several boxes. */
export function unionBbox(boxes: Iterable<Bbox>): Bbox {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [a, b, c, d] of boxes) [x0, y0, x1, y1] = [Math.min(x0, a), Math.min(y0, b), Math.max(x1, c), Math.max(y1, d)];
  return [x0, y0, x1, y1];
}
