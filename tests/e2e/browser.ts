import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download here. Flags from docs/browser-testing.md. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

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

export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 30000 });
}

/** Screen position of a geographic point on the map, for real mouse clicks. */
export async function projectToPage(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  const p = await page.evaluate(([x, y]) => {
    const map = (window as unknown as { __petaUhcMap: { project(ll: [number, number]): { x: number; y: number } } }).__petaUhcMap;
    return map.project([x!, y!]);
  }, [lng, lat]);
  const box = await page.locator('[data-testid="map"]').boundingBox();
  if (!box) throw new Error('map not visible');
  return { x: box.x + p.x, y: box.y + p.y };
}
