// Where the bench builds its site, which pages it measures, and how often.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const require = createRequire(import.meta.url);
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const benchDir = join(root, '.cache/bench-site');
export const outDir = join(root, 'bench-results');
export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const PORT = Number(process.env.BENCH_PORT ?? 4399);
export const base = `http://127.0.0.1:${PORT}`;
export const CLICK_REGION = '63.06'; // Hulu Sungai Selatan
export const CLICK_VIEW = 'map=7.2/-2.6/115.5'; // Kalimantan Selatan: map:ready is measured on this view

export type Variant = 'floor' | 'app' | 'naive' | 'bare' | 'bareView';
export const URLS: Record<Variant, string> = {
  floor: '/_bench/floor.html',
  app: '/',
  naive: '/_bench/naive.html',
  bare: '/_bench/bare.html',
  bareView: `/_bench/bare.html?only=${CLICK_REGION.slice(0, 2)}`,
};
