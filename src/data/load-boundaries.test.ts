import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { geometryBbox } from '@/domain/geometry-bbox';
import { DataLoadError } from './fetch-json';
import { boundariesFromTopology } from './load-boundaries';
import { TWO_UNITS } from '../../tests/unit/two-units-topology';

describe('boundariesFromTopology', () => {
  it('decodes the arcs to the coordinates topojson-client gives, and boxes each unit as its GeoJSON would', () => {
    const b = boundariesFromTopology(TWO_UNITS);
    expect([...b.arcs[1]!]).toEqual([112, -6, 112, -8]);
    const regions = feature(TWO_UNITS, TWO_UNITS.objects.regions!) as unknown as typeof b.regions;
    expect(b.regions).toEqual(regions);
    for (const f of regions.features) expect(b.bounds.get(f.properties.code)).toEqual(geometryBbox(f.geometry));
    expect(b.bounds.get('63')).toEqual([110, -8, 114, -6]);
    expect(b.shapes.regions).toEqual([
      { code: '63.01', rings: [[0, 1], [3]] },
      { code: '63.02', rings: [[2, ~1]] },
    ]);
  });

  it('says which file is broken when it is not a topology with regions and provinces', () => {
    expect(() => boundariesFromTopology({ type: 'FeatureCollection' } as unknown as Topology)).toThrow(DataLoadError);
    expect(() => boundariesFromTopology({ ...TWO_UNITS, objects: { regions: TWO_UNITS.objects.regions! } } as Topology)).toThrow(/unexpected file structure/);
  });
});
