import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '@/data/load-boundaries';
import { TWO_UNITS } from '../../tests/unit/two-units-topology';
import { arcTracer, svgPathSink, type PathSink } from './arc-paths';
import { projector, screenTransform } from './mercator';

function recorder() {
  const ops: string[] = [];
  const sink: PathSink = {
    moveTo: (x, y) => ops.push(`M${x.toFixed(2)},${y.toFixed(2)}`),
    lineTo: (x, y) => ops.push(`L${x.toFixed(2)},${y.toFixed(2)}`),
    closePath: () => ops.push('Z'),
  };
  return { ops, sink };
}

const b = boundariesFromTopology(TWO_UNITS);
const camera = { zoom: 6, lat: -7, lng: 112 };
const size = { width: 800, height: 600 };
const project = projector(camera, size);
const at = (lng: number, lat: number) =>
  project(lng, lat)
    .map((v) => v.toFixed(2))
    .join(',');

describe('arcTracer', () => {
  it('traces each ring through its arcs, the shared border walked backwards by the eastern unit, at MapLibre’s projection', () => {
    const trace = arcTracer(b.arcs, screenTransform(camera, size), 0);
    const east = recorder();
    const box = trace(b.shapes.regions[1]!, east.sink);
    expect(east.ops).toEqual([`M${at(112, -6)}`, `L${at(114, -6)}`, `L${at(114, -8)}`, `L${at(112, -8)}`, `L${at(112, -6)}`, 'Z']);
    const [x0, y1] = project(112, -8);
    const [x1, y0] = project(114, -6);
    expect(box.map((v) => v.toFixed(6))).toEqual([x0, y0, x1, y1].map((v) => v!.toFixed(6)));
    // The hole is a ring of its own in the western unit's one path.
    const west = recorder();
    trace(b.shapes.regions[0]!, west.sink);
    expect(west.ops.filter((o) => o.startsWith('M'))).toEqual([`M${at(112, -8)}`, `M${at(110.5, -7.5)}`]);
    expect(west.ops.filter((o) => o === 'Z')).toHaveLength(2);
  });

  it('drops points closer than the step to the last one kept, but never an arc’s ends, so neighbours still meet', () => {
    // At zoom 2 the whole 4° box is a few pixels wide: with a 20 px step only the arcs' ends are left.
    const trace = arcTracer(b.arcs, screenTransform({ zoom: 2, lat: -7, lng: 112 }, size), 20);
    const east = recorder();
    trace(b.shapes.regions[1]!, east.sink);
    const far = projector({ zoom: 2, lat: -7, lng: 112 }, size);
    const p = (lng: number, lat: number) =>
      far(lng, lat)
        .map((v) => v.toFixed(2))
        .join(',');
    expect(east.ops).toEqual([`M${p(112, -6)}`, `L${p(112, -8)}`, `L${p(112, -6)}`, 'Z']);
  });

  it('draws each camera at its own projection when one file is traced for several (the projection kept per file is the world’s, not a screen’s)', () => {
    const cameras = [camera, { zoom: 3, lat: 0, lng: 100 }, camera];
    for (const c of cameras) {
      const east = recorder();
      arcTracer(b.arcs, screenTransform(c, size), 0)(b.shapes.regions[1]!, east.sink);
      const [x, y] = projector(c, size)(114, -8);
      expect(east.ops[2]).toBe(`L${x.toFixed(2)},${y.toFixed(2)}`);
    }
  });

  it('writes SVG path data for the maps drawn as SVG (the printed locator map)', () => {
    const sink = svgPathSink();
    arcTracer(b.arcs, screenTransform(camera, size), 0)(b.shapes.regions[1]!, sink);
    const xy = (lng: number, lat: number) =>
      project(lng, lat)
        .map((v) => v.toFixed(1))
        .join(' ');
    expect(sink.d).toBe(`M${xy(112, -6)}L${xy(114, -6)}L${xy(114, -8)}L${xy(112, -8)}L${xy(112, -6)}Z`);
  });
});
