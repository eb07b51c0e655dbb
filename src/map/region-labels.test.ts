import { describe, expect, it } from 'vitest';
import { boundariesFromTopology } from '@/data/load-boundaries';
import { TWO_UNITS } from '../../tests/unit/two-units-topology';
import { clampZoom, MAP_MAX_ZOOM } from './map-controller';
import { projector } from './mercator';
import { labelCandidates, labelGeography, neighboursByArc, NAMES_MIN_ZOOM, placeLabels, unitAnchor, type LabelCandidate } from './region-labels';

const b = boundariesFromTopology(TWO_UNITS);
const size = { width: 800, height: 600 };
/** Every name 60 × 16 px, so boxes are easy to reason about. */
const fixed = () => ({ width: 60, height: 16 });
const cand = (code: string, x: number, y: number, priority: number, kind: LabelCandidate['kind'] = 'other'): LabelCandidate => ({
  code,
  text: code,
  x,
  y,
  priority,
  kind,
});

describe('neighbours from shared arcs', () => {
  it('finds the two units that walk the same border, and nothing for a unit alone with its hole', () => {
    expect(neighboursByArc(b.shapes.regions)).toEqual(
      new Map([
        ['63.01', ['63.02']],
        ['63.02', ['63.01']],
      ]),
    );
    // An island (arcs used by no one else) has no neighbour: Natuna in its sea.
    const island = { code: '21.03', rings: [[7]] };
    expect(neighboursByArc([...b.shapes.regions, island]).get('21.03')).toBeUndefined();
    // Three units meeting: each lists the others it touches, sorted, once.
    const three = [
      { code: 'a', rings: [[0, 1]] },
      { code: 'b', rings: [[~1, 2, 3]] },
      { code: 'c', rings: [[~3, 4, 0]] },
    ];
    expect(neighboursByArc(three)).toEqual(
      new Map([
        ['a', ['b', 'c']],
        ['b', ['a', 'c']],
        ['c', ['a', 'b']],
      ]),
    );
  });
});

describe('where a name goes', () => {
  it('at the centroid of the unit’s largest ring (the hole does not move it), with its area to rank by', () => {
    const west = unitAnchor(b.arcs, b.shapes.regions[0]!)!;
    const east = unitAnchor(b.arcs, b.shapes.regions[1]!)!;
    expect(west.at[0]).toBeCloseTo(111, 6);
    expect(west.at[1]).toBeCloseTo(-7, 6);
    expect(east.at[0]).toBeCloseTo(113, 6);
    expect(east.at[1]).toBeCloseTo(-7, 6);
    expect(labelGeography(b).anchors.get('63')!.at[0]).toBeCloseTo(112, 6);
  });
});

describe('placeLabels', () => {
  it('places by priority, leaving out a name that would overlap one already placed', () => {
    const placed = placeLabels([cand('other', 100, 100, 2), cand('selected', 110, 104, 0, 'selected'), cand('far', 400, 300, 2)], size, [], fixed);
    // The selected region's name is placed first; the other name on top of it is dropped, the far one kept.
    expect(placed.map((p) => p.code)).toEqual(['selected', 'far']);
    for (const [i, p] of placed.entries())
      for (const q of placed.slice(i + 1)) expect(p.box.x1 <= q.box.x0 || q.box.x1 <= p.box.x0 || p.box.y1 <= q.box.y0 || q.box.y1 <= p.box.y0).toBe(true);
  });

  it('moves a neighbour’s name above or below its anchor before giving it up', () => {
    const placed = placeLabels([cand('selected', 200, 200, 0, 'selected'), cand('neighbour', 210, 200, 1, 'neighbour')], size, [], fixed);
    expect(placed.map((p) => [p.code, p.y])).toEqual([
      ['selected', 200],
      ['neighbour', 182],
    ]);
  });

  it('keeps names off the legend and controls, and wholly inside the map', () => {
    const legend = { x0: 0, y0: 400, x1: 220, y1: 600 };
    const placed = placeLabels([cand('under-legend', 100, 500, 0), cand('edge', 790, 300, 0), cand('clear', 400, 300, 0)], size, [legend], fixed);
    expect(placed.map((p) => p.code)).toEqual(['clear']);
  });
});

describe('labelCandidates', () => {
  const geo = labelGeography(b);
  const input = (zoom: number, selected: string | null, pointed: string | null = null) => ({
    zoom,
    selected,
    pointed,
    anchors: geo.anchors,
    neighbours: geo.neighbours,
    units: ['63.01', '63.02'],
    name: (code: string) => ({ '63': 'Kalimantan Selatan', '63.01': 'Barat', '63.02': 'Timur' })[code],
    project: projector({ zoom: 7, lat: -7, lng: 112 }, size),
    size,
  });

  it('at province zoom: the selected region, then its neighbours, then the others', () => {
    const list = labelCandidates(input(NAMES_MIN_ZOOM + 1, '63.02'));
    expect(list.map((c) => [c.code, c.kind])).toEqual([
      ['63.02', 'selected'],
      ['63.01', 'neighbour'],
    ]);
    const placed = placeLabels(list, size, [], fixed);
    expect(placed.map((p) => p.text)).toEqual(['Timur', 'Barat']);
  });

  it('at national zoom: only the province of the region under the pointer or focus', () => {
    expect(labelCandidates(input(4.5, null, '63.01')).map((c) => [c.text, c.kind])).toEqual([['Kalimantan Selatan', 'province']]);
    expect(labelCandidates(input(4.5, null, null))).toEqual([]);
    // A region open at national zoom is named, with its province; its neighbours wait for a closer view.
    expect(labelCandidates(input(4.5, '63.02')).map((c) => [c.text, c.kind])).toEqual([
      ['Timur', 'selected'],
      ['Kalimantan Selatan', 'province'],
    ]);
  });

  it('a little below province zoom (a phone fits a region there): the selected region, its province, its neighbours', () => {
    expect(labelCandidates(input(NAMES_MIN_ZOOM - 0.5, '63.02')).map((c) => [c.text, c.kind])).toEqual([
      ['Timur', 'selected'],
      ['Kalimantan Selatan', 'province'],
      ['Barat', 'neighbour'],
    ]);
  });

  it('an island with no neighbour by border still has its province mates named around it', () => {
    const island = { ...input(NAMES_MIN_ZOOM - 0.5, '63.02'), neighbours: new Map<string, string[]>() };
    expect(labelCandidates(island).map((c) => [c.text, c.kind])).toEqual([
      ['Timur', 'selected'],
      ['Kalimantan Selatan', 'province'],
      ['Barat', 'other'],
    ]);
  });

  it('leaves out names whose anchor is off the map', () => {
    const far = { ...input(NAMES_MIN_ZOOM + 1, null), project: projector({ zoom: 9, lat: -7, lng: 120 }, size) };
    expect(labelCandidates(far)).toEqual([]);
  });
});

describe('the zoom cap', () => {
  it('stops both renderers at the zoom the open boundary build can bear', () => {
    expect(MAP_MAX_ZOOM).toBe(10);
    expect(clampZoom(10.8)).toBe(10);
    expect(clampZoom(1)).toBe(2);
    expect(clampZoom(7.25)).toBe(7.25);
  });
});
