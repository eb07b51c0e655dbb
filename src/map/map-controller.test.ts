import { describe, expect, it } from 'vitest';
import type { Boundaries } from '@/data/load-boundaries';
import { selectRegionRows } from '@/domain/select-regions';
import { testDataset } from '../../tests/unit/load-fixtures';
import { FIT_MAX_ZOOM, MapController, startCamera, type Bbox, type MapPort } from './map-controller';
import { LAYER, LEVEL_LAYERS, PROVINCES_SOURCE, REGIONS_SOURCE } from './map-style';

const ds = testDataset();
const rowsFor = (year: number, provinces: string[] = []) => selectRegionRows(ds, { year, provinces, categories: [], changes: [] });

const BOXES: Record<string, Bbox> = {
  '16.07': [103.9, -3.2, 105.3, -1.5], // Banyuasin
  '63.06': [115.0, -2.9, 115.6, -2.4], // Hulu Sungai Selatan
  '32.07': [108.2, -7.9, 108.9, -7.1], // Ciamis (Pangandaran is drawn inside it in the GADM build)
  '63': [114.3, -4.2, 116.6, -1.3], // Kalimantan Selatan
  '16': [102.0, -4.9, 106.2, -1.6], // Sumatera Selatan
};
const boundaries = {
  regions: { type: 'FeatureCollection', features: [] },
  provinces: { type: 'FeatureCollection', features: [] },
  bounds: new Map(Object.entries(BOXES)),
} as unknown as Boundaries;

/** A map that records what it was told and keeps a camera. */
function fakeMap() {
  const calls: { op: string; args: unknown[] }[] = [];
  const states = new Map<string, Record<string, unknown>>();
  let camera = { zoom: 4, lat: -2, lng: 118 };
  const map: MapPort = {
    setFeatureState: (t, s) => {
      calls.push({ op: 'setFeatureState', args: [t.id, s, t.source] });
      states.set(t.id, { ...states.get(t.id), ...s });
    },
    setFilter: (layer, filter) => calls.push({ op: 'setFilter', args: [layer, filter] }),
    setVisibility: (layer, visible) => calls.push({ op: 'setVisibility', args: [layer, visible] }),
    setSourceData: (source, data) => calls.push({ op: 'setSourceData', args: [source, data] }),
    fitBounds: (bounds, options) => {
      calls.push({ op: 'fitBounds', args: [bounds, options] });
    },
    jumpTo: (c) => {
      calls.push({ op: 'jumpTo', args: [c] });
      camera = { zoom: c.zoom, lat: c.center[1], lng: c.center[0] };
    },
    easeTo: (o) => calls.push({ op: 'easeTo', args: [o] }),
    getZoom: () => camera.zoom,
    getCenter: () => ({ lat: camera.lat, lng: camera.lng }),
    getSize: () => ({ width: 800, height: 600 }),
  };
  const ops = (op: string) => calls.filter((c) => c.op === op);
  return { map, calls, states, ops, clear: () => (calls.length = 0) };
}

const INDONESIA: Bbox = [94.7, -11.2, 141.2, 6.3];
const CLICKED_IN = { zoom: 7.5, lat: -2.6, lng: 115.3 };
/** A region's box with a quarter of its size added on each side, as the controller fits it. */
const withContext = ([w, s, e, n]: Bbox): Bbox => [w - (e - w) / 4, s - (n - s) / 4, e + (e - w) / 4, n + (n - s) / 4];

const controller = (fake: ReturnType<typeof fakeMap>, region: string | null = null, hasData = true) =>
  new MapController(fake.map, (d) => d, { region, hasData });

describe('startCamera', () => {
  it('takes the URL camera first, then the URL region (its parent polygon for a unit without one), then Indonesia', () => {
    const rows = rowsFor(2026);
    const cam = { zoom: 7.2, lat: -2.6, lng: 115.5 };
    expect(startCamera({ camera: cam, region: '16.07' }, rows, boundaries)).toEqual({ kind: 'camera', camera: cam });
    expect(startCamera({ camera: null, region: '16.07' }, rows, boundaries)).toEqual({ kind: 'fit', bounds: withContext(BOXES['16.07']!), region: true });
    expect(startCamera({ camera: null, region: '32.18' }, rows, boundaries)).toEqual({ kind: 'fit', bounds: withContext(BOXES['32.07']!), region: true });
    expect(startCamera({ camera: null, region: '63' }, rows, boundaries)).toEqual({ kind: 'fit', bounds: withContext(BOXES['63']!), region: true });
    const whole = startCamera({ camera: null, region: null }, rows, boundaries);
    expect(whole).toMatchObject({ kind: 'fit', region: false });
    // Without the boundary file yet, a region cannot be fitted: the whole country, fitted again when the file comes.
    expect(startCamera({ camera: null, region: '16.07' }, rows, undefined)).toEqual(whole);
  });
});

describe('MapController', () => {
  it('paints every region once, then only the regions a filter change touches', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.paint(rowsFor(2026), null);
    const first = fake.ops('setFeatureState').length;
    expect(first).toBe(ds.regencies.filter((r) => r.polygon.kind === 'own').length);
    expect(fake.states.get('63.06')).toMatchObject({ paint: 'utama', dim: false, hatch: false, selected: false });
    expect(fake.ops('setFilter')).toHaveLength(1);

    fake.clear();
    c.paint(rowsFor(2026), null);
    expect(fake.calls).toEqual([]); // nothing changed, nothing sent

    c.paint(rowsFor(2026, ['63']), null);
    const touched = fake.ops('setFeatureState').map((x) => x.args[0] as string);
    expect(touched.length).toBeGreaterThan(0);
    expect(touched.length).toBeLessThan(first);
    expect(fake.states.get('16.07')).toMatchObject({ dim: true });
    expect(fake.states.get('63.06')).toMatchObject({ dim: false });
    expect(fake.ops('setFilter')).toEqual([]); // imports unchanged
  });

  it('outlines the selected region, or the polygon it is drawn inside', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.paint(rowsFor(2026), '16.07');
    expect(fake.states.get('16.07')).toMatchObject({ selected: true });
    c.paint(rowsFor(2026), '32.18');
    expect(fake.states.get('16.07')).toMatchObject({ selected: false });
    expect(fake.states.get('32.07')).toMatchObject({ selected: true });
  });

  it('moves the camera to a region chosen in search, table or URL (with its neighbours around it), but not to one clicked on the map', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.showRegion('16.07', rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds')).toEqual([{ op: 'fitBounds', args: [withContext(BOXES['16.07']!), { padding: 40, maxZoom: FIT_MAX_ZOOM, duration: 400 }] }]);
    c.showRegion('16.07', rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds')).toHaveLength(1); // already shown
    c.showRegion('63.06', rowsFor(2026), boundaries, CLICKED_IN);
    expect(fake.ops('fitBounds')).toHaveLength(1);
  });

  it('closing a fitted region returns to the country; closing one clicked in a view of its own keeps that view', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.showRegion('16.07', rowsFor(2026), boundaries);
    c.showRegion(null, rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds').map((x) => x.args[0])).toEqual([withContext(BOXES['16.07']!), INDONESIA]);
    c.followCamera(CLICKED_IN);
    c.showRegion('63.06', rowsFor(2026), boundaries, CLICKED_IN);
    c.showRegion(null, rowsFor(2026), boundaries, CLICKED_IN);
    expect(fake.ops('fitBounds')).toHaveLength(2);
  });

  it('"Seluruh Indonesia" lets the camera go: back to the country once, whatever was open', () => {
    const fake = fakeMap();
    const c = new MapController(fake.map, (d) => d, { region: null, hasData: true, camera: CLICKED_IN });
    c.showRegion('63.06', rowsFor(2026), boundaries, CLICKED_IN);
    // The store lets go of region and camera together: the region's close and the camera's release ask one fit.
    c.showRegion(null, rowsFor(2026), boundaries, null);
    c.followProvinces([], null, boundaries);
    c.followCamera(null, rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds').map((x) => x.args[0])).toEqual([INDONESIA]);
    // A pan, then the same button again: back to the country again.
    c.followCamera({ zoom: 7, lat: -3, lng: 104 });
    c.followCamera(null, rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds').map((x) => x.args[0])).toEqual([INDONESIA, INDONESIA]);
  });

  it('a region chosen by search after a pan is fitted once (the store lets the camera go with it)', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.followCamera({ zoom: 7, lat: -3, lng: 104 });
    c.showRegion('16.07', rowsFor(2026), boundaries, null);
    c.followCamera(null, rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds').map((x) => x.args[0])).toEqual([withContext(BOXES['16.07']!)]);
  });

  it('does not refit the region the map was opened on', () => {
    const fake = fakeMap();
    const c = controller(fake, '16.07');
    c.showRegion('16.07', rowsFor(2026), boundaries);
    expect(fake.ops('fitBounds')).toEqual([]);
  });

  it('follows a camera from Back/Forward or a pasted URL, and ignores the one it already shows', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.followCamera({ zoom: 6.5, lat: -2.9, lng: 115.2 });
    expect(fake.ops('jumpTo')).toEqual([{ op: 'jumpTo', args: [{ zoom: 6.5, center: [115.2, -2.9] }] }]);
    c.followCamera({ zoom: 6.5, lat: -2.90001, lng: 115.2 });
    c.followCamera(null);
    expect(fake.ops('jumpTo')).toHaveLength(1);
  });

  it('fills late boundaries once, fitting the URL region first', () => {
    const fake = fakeMap();
    const c = controller(fake, '63.06', false);
    expect(c.hasData).toBe(false);
    c.fillBoundaries(boundaries, { camera: null, region: '63.06' }, rowsFor(2026));
    expect(fake.calls.map((x) => x.op)).toEqual(['fitBounds', 'setSourceData', 'setSourceData']);
    expect(fake.ops('fitBounds')[0]!.args[0]).toEqual(withContext(BOXES['63.06']!));
    expect(fake.ops('setSourceData').map((x) => x.args[0])).toEqual([REGIONS_SOURCE, PROVINCES_SOURCE]);
    c.fillBoundaries(boundaries, { camera: null, region: '63.06' }, rowsFor(2026));
    expect(fake.calls).toHaveLength(3);
    expect(c.hasData).toBe(true);
  });

  it('keeps the URL camera when late boundaries come', () => {
    const fake = fakeMap();
    controller(fake, '63.06', false).fillBoundaries(boundaries, { camera: { zoom: 5, lat: -3, lng: 110 }, region: '63.06' }, rowsFor(2026));
    expect(fake.ops('fitBounds')).toEqual([]);
  });

  it('moves the hover and keyboard outlines from region to region, and eases so a focused region is on screen', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.hover('16.07');
    c.hover('16.07');
    c.hover('63.06');
    c.hover(null);
    expect(fake.ops('setFeatureState').map((x) => x.args.slice(0, 2))).toEqual([
      ['16.07', { hover: true }],
      ['16.07', { hover: false }],
      ['63.06', { hover: true }],
      ['63.06', { hover: false }],
    ]);
    fake.clear();
    c.focus('63.06', BOXES['63.06']);
    expect(fake.ops('easeTo')).toEqual([]); // in view at zoom 4 over 118° E
    fake.map.jumpTo({ zoom: 8, center: [104.6, -2.3] }); // zoomed in on Banyuasin: Hulu Sungai Selatan is far east
    fake.clear();
    c.focus('63.06', BOXES['63.06']);
    const [ease] = fake.ops('easeTo').map((x) => x.args[0] as { center: [number, number]; zoom: number });
    expect(ease!.zoom).toBe(8); // the reader's zoom kept: the region fits at it
    expect(ease!.center[0]).toBeCloseTo(115.3, 1);
    expect(ease!.center[1]).toBeCloseTo(-2.65, 1);
    c.focus(null);
    expect(fake.states.get('63.06')).toMatchObject({ kb: false });
  });

  it('outlines imported regions through one filter, sent again only when the imports change', () => {
    const fake = fakeMap();
    const c = controller(fake);
    const rows = rowsFor(2026);
    c.paint(rows, null);
    const withImport = rows.map((r) => (r.region.code === '16.07' ? { ...r, imported: true } : r));
    c.paint(withImport, null);
    c.paint(withImport, null);
    expect(fake.ops('setFilter').map((x) => x.args)).toEqual([
      [LAYER.imported, ['in', ['get', 'code'], ['literal', []]]],
      [LAYER.imported, ['in', ['get', 'code'], ['literal', ['16.07']]]],
    ]);
  });

  it('switches to the province level: province layers shown, region layers hidden, provinces coloured on their own source', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.paint(rowsFor(2026), null);
    c.hover('16.07');
    fake.clear();
    c.setLevel('provinsi');
    expect(fake.ops('setVisibility').map((x) => x.args)).toEqual([
      ...LEVEL_LAYERS.kabkota.map((id) => [id, false]),
      ...LEVEL_LAYERS.provinsi.map((id) => [id, true]),
    ]);
    // The hover outline left on a region is cleared before the switch.
    expect(fake.ops('setFeatureState').map((x) => x.args)).toEqual([['16.07', { hover: false }, REGIONS_SOURCE]]);
    fake.clear();
    const provinces = selectRegionRows(ds, { year: 2026, level: 'provinsi', provinces: [], categories: [], changes: [] });
    c.paint(provinces, '63');
    const sent = fake.ops('setFeatureState');
    expect(sent).toHaveLength(38);
    expect(sent.every((x) => x.args[2] === PROVINCES_SOURCE)).toBe(true);
    expect(fake.states.get('63')).toMatchObject({ paint: 'madya', selected: true });
    expect(fake.states.get('11')).toMatchObject({ paint: 'utama' });
    expect(fake.ops('setFilter')).toEqual([]); // the imported outline is a kab/kota layer
    c.hover('63');
    expect(fake.ops('setFeatureState').at(-1)!.args).toEqual(['63', { hover: true }, PROVINCES_SOURCE]);
    fake.clear();
    c.setLevel('provinsi');
    expect(fake.calls).toEqual([]);
  });

  it('follows the province filter: fits the chosen provinces, returns to Indonesia when cleared, leaves a user camera alone', () => {
    const fake = fakeMap();
    const c = controller(fake);
    c.followProvinces(['63'], null, boundaries);
    expect(fake.ops('fitBounds').map((x) => x.args[0])).toEqual([BOXES['63']]);
    c.followProvinces(['63'], null, boundaries); // a repaint with the same filter does not refit
    expect(fake.ops('fitBounds')).toHaveLength(1);
    c.followProvinces(['16', '63'], null, boundaries);
    expect(fake.ops('fitBounds')[1]!.args[0]).toEqual([102.0, -4.9, 116.6, -1.3]);
    c.followProvinces([], null, boundaries);
    expect(fake.ops('fitBounds')[2]!.args[0]).toEqual([94.7, -11.2, 141.2, 6.3]);
    c.followProvinces(['16'], { zoom: 8, lat: -3, lng: 104 }, boundaries);
    expect(fake.ops('fitBounds')).toHaveLength(3);
  });

  it('starts on the URL provinces when there is no camera or region, and does not fit them again', () => {
    const rows = rowsFor(2026);
    expect(startCamera({ camera: null, region: null, provinces: ['63'] }, rows, boundaries)).toEqual({ kind: 'fit', bounds: BOXES['63'], region: true });
    const fake = fakeMap();
    const c = new MapController(fake.map, (d) => d, { region: null, hasData: true, provinces: ['63'] });
    c.followProvinces(['63'], null, boundaries);
    expect(fake.ops('fitBounds')).toEqual([]);
  });
});
