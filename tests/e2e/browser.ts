import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Screenshots for a person to look at. */
export const OUTPUT_DIR = join(__dirname, '..', 'output');
mkdirSync(OUTPUT_DIR, { recursive: true });

/** One browser per test file, closed after it; call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not launched yet');
    return browser;
  };
}

export { CHROMIUM_PATH, launchBrowser } from './chromium';
import { launchBrowser } from './chromium';
import { reachForMap } from './map-probe';

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set (the e2e global setup starts the preview server)');
  return url;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (no storage, no history) as a colleague opening a shared link would have. */
export async function openPage(browser: Browser, path = '/', viewport = { width: 1280, height: 800 }): Promise<Session> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(baseUrl() + path);
  return { context, page, errors };
}

/**
 * MapLibre's map, drawn and idle. The 2D map is the map until the reader reaches for it (src/app/map-stage.tsx),
 * so this first turns the wheel on it by nothing — a reach that moves nothing — unless MapLibre's map is already
 * there.
 */
export async function waitForMap(page: Page): Promise<void> {
  const idle = page.locator('[data-map-idle="true"]');
  const flat = page.locator('[data-testid="flat-map"][data-ready="true"]');
  await Promise.race([idle.waitFor({ timeout: 30000 }), flat.waitFor({ timeout: 30000 })]);
  if ((await idle.count()) === 0) await reachForMap(page);
  await idle.waitFor({ timeout: 30000 });
}

/** Screen position of a geographic point on the map, for real mouse clicks. */
export async function projectToPage(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(
    ([x, y]) => {
      const map = (window as unknown as { __petaUhcMap: { project(ll: [number, number]): { x: number; y: number } } }).__petaUhcMap;
      return map.project([x!, y!]);
    },
    [lng, lat],
  );
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + p.x, y: box.y + p.y };
}

export { mapOnTop, pointInFlatRegion, pointInsideRegion, reachForMap } from './map-probe';

/** The colour a person sees at a page point (from a real screenshot, not from WebGL state). */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const { PNG } = await import('pngjs');
  const buf = await page.screenshot({ clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 } });
  const png = PNG.sync.read(buf);
  const i = (1 * png.width + 1) * 4;
  return [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
}

export function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Fill colour as drawn: the category colour at 0.92 opacity over the sea background. */
export function drawn(hex: string): number[] {
  const c = hexToRgb(hex);
  const bg = hexToRgb('#dbe7ef');
  return c.map((v, i) => 0.92 * v + 0.08 * bg[i]!);
}

export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
}

/** axe-core run in the page; returns the serious and critical violations, described for a failure message. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const { readFileSync } = await import('node:fs');
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated, not added as an inline <script>: the site's Content-Security-Policy (script-src 'self') refuses those.
  await page.evaluate(source);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/** The region an address opens: its page path (`/wilayah/16.07-banyuasin/`) or an old `?region=`. */
export function regionInAddress(url: string): string | null {
  const u = new URL(url);
  return /\/wilayah\/([\d.]+)(?:-|\/|$)/.exec(u.pathname)?.[1] ?? u.searchParams.get('region');
}
