import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist } from './bench-config';

/** Sizes of the built files, gzip -9: the app's own JS outside MapLibre and React, and the boundary file. */
export function buildSizes() {
  const assets = join(dist, 'assets');
  const gz = (f: string) => gzipSync(readFileSync(f), { level: 9 }).length;
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'));
  // The spreadsheet reader loads only when a workbook is imported or the Excel template downloaded.
  const isVendor = (f: string) => /^(maplibre|react|spreadsheet-library)[-.]/.test(f) || /worker/.test(f);
  const appJs = js.filter((f) => !isVendor(f)).map((f) => ({ file: f, gzip: gz(join(assets, f)) }));
  const maplibreChunk = js.find((f) => /^maplibre[-.]/.test(f) && !/worker/.test(f));
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  return {
    appJsGzip: appJs.reduce((s, x) => s + x.gzip, 0),
    appJsFiles: appJs,
    reactGzip: js.filter((f) => /^react[-.]/.test(f)).reduce((s, f) => s + gz(join(assets, f)), 0),
    maplibreGzip: maplibreChunk ? gz(join(assets, maplibreChunk)) : 0,
    maplibreOwnChunk: !!maplibreChunk,
    // Loaded by the HTML (a script or modulepreload tag); the meta peta-map-code only names it for an idle prefetch.
    maplibreInIndexHtml: maplibreChunk ? new RegExp(`<(script|link)[^>]*${maplibreChunk.replace(/\./g, '\\.')}`).test(index) : true,
    boundaryGzip: gz(join(dist, 'data/boundaries.topo.json')),
  };
}
