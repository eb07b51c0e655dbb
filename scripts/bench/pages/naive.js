// The naive way: the raw npm GADM GeoJSON (4.7 MB) straight into MapLibre, colours as feature
// properties, and the whole source rebuilt with setData on every filter change.
import { Map, setWorkerUrl } from './maplibre-gl.mjs';

setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
const COLORS = { utama: '#253494', madya: '#2171b5', pratama: '#a1dab4', none: '#767676' };
const UNKNOWN = '#f2f2f2';
const map = new Map({
  container: 'map',
  style: __APP_STYLE__, // baseStyle() from src/map/map-style.ts, written in by the bench
  bounds: [
    [94.7, -11.2],
    [141.2, 6.3],
  ],
  attributionControl: false,
});
window.__petaUhcMap = map;
const loaded = new Promise((resolve) => map.on('load', resolve));
let data;
let joins;

function colour(filter) {
  data.features.forEach((f, i) => {
    const j = joins[i];
    f.properties.code = j ? j.code : '';
    const cat = j && j.category;
    f.properties.color = !cat ? UNKNOWN : filter && filter !== cat ? '#e8e8e8' : COLORS[cat];
  });
}

function showPanel(code) {
  const i = joins.findIndex((j) => j && j.code === code);
  const f = data.features[i];
  const panel = document.getElementById('panel');
  panel.replaceChildren();
  if (!f) return;
  const h2 = document.createElement('h2');
  h2.textContent = f.properties.NAME_2;
  const p = document.createElement('p');
  p.textContent = joins[i].category || '-';
  panel.append(h2, p);
}

Promise.all([fetch('gadm.json').then((r) => r.json()), fetch('joins.json').then((r) => r.json()), loaded]).then(([gj, js]) => {
  data = gj;
  joins = js;
  colour(null);
  map.addSource('regions', { type: 'geojson', data });
  map.addLayer({ id: 'regions-fill', type: 'fill', source: 'regions', paint: { 'fill-color': ['get', 'color'], 'fill-opacity': 0.92 } });
  map.addLayer({ id: 'regions-line', type: 'line', source: 'regions', paint: { 'line-color': '#ffffff', 'line-width': 0.5 } });
  map.on('click', 'regions-fill', (e) => showPanel(e.features[0].properties.code));
  map.once('idle', () => performance.mark('map:ready'));
  const region = new URLSearchParams(location.search).get('region');
  if (region) showPanel(region);
});

window.__bench = {
  filter(category) {
    colour(category);
    map.getSource('regions').setData(data);
  },
};
