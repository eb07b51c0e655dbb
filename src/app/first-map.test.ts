import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The page's files and the painter, faked: what is under test is when first-map.ts paints, and what it marks.
const paint = vi.fn(async () => true);
vi.mock('@/data/dataset-queries', () => ({ loadFirstDataset: vi.fn(async () => ({ dataset: true })) }));
vi.mock('@/data/load-boundaries', () => ({ loadFirstBoundaries: vi.fn(async () => ({ boundaries: true })) }));
vi.mock('@/map/paint-first-map', () => ({ paintFirstMap: paint }));

function homePage(): HTMLCanvasElement {
  document.body.innerHTML = `<section class="page-facts"><div class="page-facts-map"><canvas data-first-map aria-hidden="true"></canvas></div>
    <table class="page-facts-counts"><tbody><tr data-count="utama"><th><span class="swatch swatch--utama" data-color="#2c3e9e"></span> Utama</th><td>39</td></tr></tbody></table></section>`;
  return document.querySelector('canvas')!;
}
const settled = () => new Promise((r) => setTimeout(r, 0));

/** A phone's screen (coarse pointer), where the first map is painted; a desktop's otherwise. */
function screen(phone: boolean) {
  vi.stubGlobal('matchMedia', (q: string) => ({ matches: phone && q.includes('pointer: coarse'), media: q }));
}

beforeEach(() => {
  vi.resetModules();
  screen(true);
  paint.mockClear();
  performance.clearMarks();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe("the home page's first map", () => {
  it('is painted once the data is in, keys the counts with their colours and marks map:painted', async () => {
    const canvas = homePage();
    const { paintFirstMapWhenReady } = await import('./first-map');
    paintFirstMapWhenReady();
    await vi.waitFor(() => expect(canvas.dataset.painted).toBe('true'));
    expect(paint).toHaveBeenCalledTimes(1);
    expect(document.querySelector<HTMLElement>('.swatch')!.style.background).not.toBe('');
    expect(performance.getEntriesByName('map:painted')).toHaveLength(1);
  });

  it('is not painted when the app’s code came first (its own map is a render away), nor on a desktop, nor on a page without the canvas', async () => {
    const canvas = homePage();
    const first = await import('./first-map');
    first.appCodeArrived();
    first.paintFirstMapWhenReady();
    await settled();
    await settled();
    expect(paint).not.toHaveBeenCalled();
    expect(canvas.dataset.painted).toBeUndefined();
    expect(document.querySelector<HTMLElement>('.swatch')!.style.background).toBe('');

    vi.resetModules();
    screen(false);
    homePage();
    const desktop = await import('./first-map');
    desktop.paintFirstMapWhenReady();
    await settled();
    expect(paint).not.toHaveBeenCalled();

    vi.resetModules();
    screen(true);
    document.body.innerHTML = '<article class="page-facts"><h1>Kabupaten Banyuasin</h1></article>';
    const regionPage = await import('./first-map');
    regionPage.paintFirstMapWhenReady();
    await settled();
    expect(paint).not.toHaveBeenCalled();
    expect(performance.getEntriesByName('map:painted')).toHaveLength(0);
  });
});
