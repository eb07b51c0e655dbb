import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { offlinePlugins } from './scripts/site/offline-plugins.js';

/** The generated data files the app fetches, with the priority index.html asks for them at (see preloadData). */
const DATA_FILES = [
  ['regions.json', 'high'],
  ['awards.json', 'high'],
  ['boundaries.topo.json', 'low'],
] as const;

/** Content hash of the generated data files (prepare-data runs before every build). */
function dataVersion(): string {
  const h = createHash('sha256');
  for (const [f] of DATA_FILES) {
    const p = fileURLToPath(new URL(`./public/data/${f}`, import.meta.url));
    if (existsSync(p)) h.update(readFileSync(p));
  }
  return h.digest('hex').slice(0, 12);
}

/**
 * The data files are asked for by the HTML itself, so they download while the JS does instead of after it
 * has run (the first map needs all three). The boundary file goes at low priority: on a slow link the summary's
 * two files come first. The URLs are the ones the app fetches (same query string), so the fetch reuses them.
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
      return DATA_FILES.map(([file, priority]) => ({
        tag: 'link',
        attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', fetchpriority: priority, href: `${base}data/${file}${v}` },
        injectTo: 'head' as const,
      }));
    },
  };
}

const DATA_VERSION = dataVersion();

export default defineConfig({
  plugins: [react(), preloadData(DATA_VERSION), offlinePlugins()],
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
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup-vitest.ts'],
    testTimeout: 20000,
  },
});
