import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundariesQuery, firstBoundariesQuery } from './load-boundaries';
import { useMapBoundaries } from './use-map-boundaries';
import { TWO_UNITS } from '../../tests/unit/two-units-topology';

/** A server with both boundary files; `failFirst` makes the coarse one fail. The paths fetched, in order. */
function serve(failFirst = false, failFull = false) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const path = new URL(url, 'http://x').pathname;
      asked.push(path);
      if (failFirst && path.endsWith('boundaries-first.topo.json')) return new Response('', { status: 503 });
      if (failFull && path.endsWith('/boundaries.topo.json')) return new Response('', { status: 503 });
      return new Response(JSON.stringify(TWO_UNITS), { status: 200 });
    }),
  );
  return asked;
}

function setUp(coarseAsked: boolean) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  if (coarseAsked) void client.prefetchQuery({ ...firstBoundariesQuery, retry: false });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

afterEach(() => vi.unstubAllGlobals());

describe('useMapBoundaries', () => {
  it('a first national view draws the coarse file and leaves the full one for later (no second download beside it)', async () => {
    const asked = serve();
    const { wrapper } = setUp(true);
    const { result } = renderHook(() => useMapBoundaries(false), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(asked).toEqual(['/data/boundaries-first.topo.json']);
  });

  it('zoomed past the country, it asks for the full file and draws it once in', async () => {
    const asked = serve();
    const { wrapper, client } = setUp(true);
    const { result, rerender } = renderHook(({ detail }) => useMapBoundaries(detail), { wrapper, initialProps: { detail: false } });
    await waitFor(() => expect(result.current.data).toBeDefined());
    const coarse = result.current.data;
    rerender({ detail: true });
    await waitFor(() => expect(asked).toContain('/data/boundaries.topo.json'));
    await waitFor(() => expect(result.current.data).not.toBe(coarse));
    expect(result.current.data).toBe(client.getQueryData(['boundaries']));
  });

  it('a national view keeps drawing the coarse file once the full one is in; zoomed in, it draws the full one at once', async () => {
    serve();
    const { wrapper, client } = setUp(true);
    const { result, rerender } = renderHook(({ detail }) => useMapBoundaries(detail), { wrapper, initialProps: { detail: false } });
    await waitFor(() => expect(result.current.data).toBeDefined());
    const coarse = result.current.data;
    await client.prefetchQuery(boundariesQuery);
    rerender({ detail: false });
    expect(result.current.data).toBe(coarse);
    rerender({ detail: true });
    expect(result.current.data).toBe(client.getQueryData(['boundaries']));
    expect(result.current.data).not.toBe(coarse);
  });

  it('without the coarse file asked for (a region or province start), it fetches the full file only', async () => {
    const asked = serve();
    const { wrapper } = setUp(false);
    const { result } = renderHook(() => useMapBoundaries(false), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(asked).toEqual(['/data/boundaries.topo.json']);
  });

  it('a failed coarse file falls back to the full one', async () => {
    const asked = serve(true);
    const { wrapper } = setUp(true);
    const { result } = renderHook(() => useMapBoundaries(false), { wrapper });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(asked).toEqual(['/data/boundaries-first.topo.json', '/data/boundaries.topo.json']);
  });

  it('zoomed in, a failed full file is reported (for its retry) rather than drawn coarse', async () => {
    serve(false, true);
    const { wrapper } = setUp(true);
    const { result } = renderHook(() => useMapBoundaries(true), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.data).toBeUndefined();
  });
});

describe("the home page's early load of the coarse file", () => {
  it('is taken over by the query: one download, one decode, the same boundaries; a failed early load is fetched again by the query', async () => {
    const asked = serve();
    const { loadFirstBoundaries } = await import('./load-boundaries');
    const early = await loadFirstBoundaries();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const fromQuery = await client.fetchQuery(firstBoundariesQuery);
    expect(fromQuery).toBe(early);
    expect(asked).toEqual(['/data/boundaries-first.topo.json']);

    vi.unstubAllGlobals();
    const again = serve(true);
    await expect(loadFirstBoundaries()).rejects.toThrow(/503/);
    vi.unstubAllGlobals();
    const later = serve();
    const fresh = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    expect((await fresh.fetchQuery(firstBoundariesQuery)).shapes.regions.length).toBeGreaterThan(0);
    expect(again).toEqual(['/data/boundaries-first.topo.json']);
    expect(later).toEqual(['/data/boundaries-first.topo.json']);
  });
});
