import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { geometryBbox, unionBbox } from '../../src/domain/geometry-bbox';

type Area = Feature<Polygon | MultiPolygon, { code: string }>;

const CELL = 0.5; // degrees; a few hundred polygons per cell at most

function ringContains(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygonsOf(f: Area): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

/** [west, south, east, north] of the outer rings of the given areas. */
export function bboxOf(features: readonly Area[]): [number, number, number, number] {
  return unionBbox(features.map((f) => geometryBbox(f.geometry)));
}

function polygonContains(polygon: Position[][], x: number, y: number): boolean {
  return ringContains(polygon[0]!, x, y) && !polygon.slice(1).some((hole) => ringContains(hole, x, y));
}

/** Whether one area (any of its parts, holes excluded) holds the point. */
export function areaContains(f: Area, lon: number, lat: number): boolean {
  return polygonsOf(f).some((p) => polygonContains(p, lon, lat));
}

/**
 * Which area holds a point: a bbox grid over the features, then even-odd ray casting (holes count).
 * Measurement code for the boundary build, not for the app.
 */
export function createLocator(features: readonly Area[]): (lon: number, lat: number) => string | null {
  const grid = new Map<string, { code: string; polygons: Position[][][] }[]>();
  for (const f of features) {
    for (const polygon of polygonsOf(f)) {
      const [x0, y0, x1, y1] = bboxOf([{ ...f, geometry: { type: 'Polygon', coordinates: polygon } }]);
      for (let gx = Math.floor(x0 / CELL); gx <= Math.floor(x1 / CELL); gx++) {
        for (let gy = Math.floor(y0 / CELL); gy <= Math.floor(y1 / CELL); gy++) {
          const key = `${gx}:${gy}`;
          const list = grid.get(key) ?? [];
          list.push({ code: f.properties.code, polygons: [polygon] });
          grid.set(key, list);
        }
      }
    }
  }
  return (lon, lat) => {
    for (const entry of grid.get(`${Math.floor(lon / CELL)}:${Math.floor(lat / CELL)}`) ?? []) {
      if (entry.polygons.some((polygon) => polygonContains(polygon, lon, lat))) return entry.code;
    }
    return null;
  };
}

/** Share of points that fall inside the area of their own code, overall and per code. */
export function shareInsideOwn(points: readonly { code: string; lon: number; lat: number }[], locate: (lon: number, lat: number) => string | null) {
  const perCode = new Map<string, { inside: number; total: number }>();
  let inside = 0;
  for (const p of points) {
    const hit = locate(p.lon, p.lat) === p.code;
    if (hit) inside++;
    const c = perCode.get(p.code) ?? { inside: 0, total: 0 };
    c.total++;
    if (hit) c.inside++;
    perCode.set(p.code, c);
  }
  return { inside, total: points.length, perCode };
}
