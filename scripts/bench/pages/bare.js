// The app's map alone: the app's own boundary file, style, layers and colours (feature-state), loaded the
// way the app loads them, but no UI, React or award data. What the app's map:ready could be at best with
// MapLibre on this machine.
import { Map, setWorkerUrl } from './maplibre-gl.mjs';

setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const style = __BARE_STYLE__; // mapStyle() from src/map/map-style.ts, written in by the bench
const states = __BARE_STATES__; // paintStates() of the latest edition, as the app starts
const hatch = __BARE_HATCH__; // hatchPattern()
const topo = await window.__topo;
style.sources.regions.data = topojson.feature(topo, topo.objects.regions);
style.sources.provinces.data = topojson.feature(topo, topo.objects.provinces);
// The app's camera parameter (map=zoom/lat/lng), so both draw the same view.
// ?only=63: only that province's regions and no province lines, to tell the cost of drawing any GeoJSON at all
// from the cost of drawing all 514 regions.
const only = new URLSearchParams(location.search).get('only');
if (only) {
  style.sources.regions.data.features = style.sources.regions.data.features.filter((f) => f.properties.prov === only);
  style.sources.provinces.data.features = [];
}
const cam = new URLSearchParams(location.search).get('map')?.split('/').map(Number);
const map = new Map({
  container: 'map',
  style,
  validateStyle: false,
  ...(cam
    ? { zoom: cam[0], center: [cam[2], cam[1]] }
    : {
        bounds: [
          [94.7, -11.2],
          [141.2, 6.3],
        ],
      }),
  attributionControl: false,
});
window.__petaUhcMap = map;
map.once('style.load', () => {
  map.addImage('hatch-no-record', { width: hatch.width, height: hatch.height, data: new Uint8Array(hatch.data) });
  for (const [code, s] of Object.entries(states)) map.setFeatureState({ source: 'regions', id: code }, s);
  map.once('idle', () => performance.mark('map:ready'));
});
