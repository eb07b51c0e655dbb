import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { offlinePlugins } from './scripts/site/offline-plugins.js';
import { regionPages } from './scripts/pages/vite-plugin.ts';
import { appCodePreload } from './scripts/site/app-code-preload.ts';

/**
 * The generated data files index.html asks for itself, at high priority (see preloadData): the first map needs all
 * three, the coarse boundaries being the home page's first national view (src/app/first-map.ts).
 */
const PRELOADED_DATA_FILES = ['regions.json', 'awards-map.json', 'boundaries-first.topo.json'] as const;

/**
 * Generated files the app fetches later, never preloaded by index.html: the panels' facts after the first paint
 * (src/data/dataset-queries.ts), the full boundaries (src/app/start-up.ts; region pages preload them instead,
 * scripts/pages), the search box's place names (src/data/places-file.ts).
 */
const LATER_DATA_FILES = ['awards.json', 'boundaries.topo.json', 'places.json'] as const;

/** Content hash of the generated data files (prepare-data runs before every build). */
function dataVersion(): string {
  const h = createHash('sha256');
  for (const f of [...PRELOADED_DATA_FILES, ...LATER_DATA_FILES]) {
    const p = fileURLToPath(new URL(`./public/data/${f}`, import.meta.url));
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest('hex').slice(0, 12);
}

/**
 * The first map's data files are asked for by the HTML itself, so they download while the JS does instead of after
 * it has run (the home page paints that map before the app's code is in: src/app/first-map.ts), at high priority,
 * before the app's own chunks (app-code-preload.ts). The URLs are the ones the app fetches (same query string), so
 * the fetch reuses them.
 */
function preloadData(version: string): Plugin {
  let base = '/';
  return {
    name: 'peta-uhc-preload-data',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml(_html, ctx) {
      const v = ctx.server ? '' : `?v=${version}`;
      return PRELOADED_DATA_FILES.map((file) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', fetchpriority: 'high', href: `${base}data/${file}${v}` },
        injectTo: 'head' as const,
      }));
    },
  };
}

/**
 * Names the chunks the first drag needs (MapLibre and the map view) in a `<meta name="peta-map-code">` of
 * index.html, so the app can ask the browser to fetch them when it is idle on a fast connection
 * (src/app/prefetch-map-code.ts) without the HTML making every reader download them: a prefetch link written
 * into the HTML would cost a reader on saveData or on 3G a megabyte they may never use.
 */
function mapCodeHint(): Plugin {
  let base = '/';
  return {
    name: 'peta-uhc-map-code-hint',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const view = chunks.find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith('src/map/map-view.tsx'));
        if (!view || view.type !== 'chunk') return [];
        const files = [view.fileName, ...view.imports.filter((f) => /(^|\/)maplibre[-.]/.test(f))];
        return [{ tag: 'meta', attrs: { name: 'peta-map-code', content: files.map((f) => base + f).join(' ') }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * MapLibre's worker module does all its work on import (it starts the worker), but its package.json lists no side
 * effects for it, so a bundle that imports it for that alone (src/map/map-worker.ts) would drop it.
 */
function keepMapLibreWorker(): Plugin {
  return {
    name: 'peta-uhc-keep-maplibre-worker',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.endsWith('maplibre-gl/dist/maplibre-gl-worker.mjs')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && { ...resolved, moduleSideEffects: true };
    },
  };
}

const DATA_VERSION = dataVersion();

export default defineConfig({
  plugins: [react(), preloadData(DATA_VERSION), mapCodeHint(), appCodePreload(), regionPages(), offlinePlugins()],
  define: { __DATA_VERSION__: JSON.stringify(DATA_VERSION) },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    // MapLibre alone is ~1 MB minified; it is split out and lazy-loaded, so the warning says nothing new.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk so the summary panel is readable before the map code arrives.
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  // MapLibre's worker with the boundary decoding added (src/map/map-worker.ts) is an ES module, as MapLibre starts
  // its worker as one.
  worker: { format: 'es', plugins: () => [keepMapLibreWorker()] },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-vitest.ts'],
    testTimeout: 20000,
  },
});
