import type { Topology } from 'topojson-specification';

/**
 * Two kabupaten side by side sharing one border (arc 1), the western one with a hole, and their province as
 * the outline around both, quantized and delta-encoded as mapshaper writes it.
 */
export const TWO_UNITS: Topology = {
  type: 'Topology',
  transform: { scale: [0.5, 0.25], translate: [110, -8] },
  arcs: [
    [
      [4, 0],
      [-4, 0],
      [0, 8],
      [4, 0],
    ], // west unit's outer edge: (112,-8) → (110,-8) → (110,-6) → (112,-6)
    [
      [4, 8],
      [0, -8],
    ], // the shared border: (112,-6) → (112,-8)
    [
      [4, 8],
      [4, 0],
      [0, -8],
      [-4, 0],
    ], // east unit's outer edge: (112,-6) → (114,-6) → (114,-8) → (112,-8)
    [
      [1, 2],
      [1, 0],
      [0, 2],
      [-1, 0],
      [0, -2],
    ], // hole in the west unit
  ],
  objects: {
    regions: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0, 1], [3]], properties: { code: '63.01', name: 'Barat', prov: '63' } },
        { type: 'Polygon', arcs: [[2, ~1]], properties: { code: '63.02', name: 'Timur', prov: '63' } },
      ],
    },
    provinces: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 2]], properties: { prov: '63' } }] },
  },
} as unknown as Topology;
