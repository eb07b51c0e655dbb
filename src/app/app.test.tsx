import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFileBody } from '../../tests/unit/load-fixtures';
import { renderApp } from '../../tests/unit/render-app';

vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('loading the data', () => {
  it('shows a loading state, then the dashboard', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => json(dataFileBody(url))),
    );
    renderApp();
    expect(screen.getByRole('status')).toHaveTextContent('Memuat data');
    expect(await screen.findByRole('heading', { name: /Ringkasan/ })).toBeInTheDocument();
  });

  it('a failed download shows the reason and a retry that works, never a blank page', async () => {
    let fail = true;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        if (fail) return new Response('nope', { status: 503 });
        return json(dataFileBody(url));
      }),
    );
    renderApp();
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('Data gagal dimuat.');
    expect(screen.getByRole('alert')).toHaveTextContent('HTTP 503');
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: /Ringkasan/ })).toBeInTheDocument();
  });

  it('a truncated data file is reported, not half-rendered', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url.endsWith('regions.json') ? json({ provinces: [] }) : json(dataFileBody(url)))),
    );
    renderApp();
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent('unexpected file structure');
  });
});
