import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataFileBody } from '../../tests/unit/load-fixtures';
import { renderApp } from '../../tests/unit/render-app';

vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Serves the data files, holding awards.json (the panels' facts) until `release` is called. */
function serveHoldingFullRecords(first: 'hold' | 'fail' = 'hold') {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let fullCalls = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (!/awards\.json/.test(url)) return json(dataFileBody(url));
      fullCalls += 1;
      // The query retries once by itself: the reader sees the failure only when both tries fail.
      if (first === 'fail' && fullCalls <= 2) return new Response('nope', { status: 503 });
      await held;
      return json(dataFileBody(url));
    }),
  );
  return { release };
}

afterEach(() => vi.unstubAllGlobals());

describe('a panel opened before the full records arrive', () => {
  it('waits visibly under the region’s name, shows no partial fact, then the whole panel (Hulu Sungai Selatan 2026)', async () => {
    const { release } = serveHoldingFullRecords();
    renderApp('/?region=63.06&year=2026');
    const wait = await screen.findByTestId('records-wait', {}, { timeout: 8000 });
    expect(wait).toHaveAttribute('aria-busy', 'true');
    expect(within(wait).getByRole('heading')).toHaveTextContent('Hulu Sungai Selatan');
    expect(within(wait).getByRole('status')).toHaveTextContent('Memuat catatan lengkap');
    // The map's outcomes are in, but the panel states none of them until the records are whole.
    expect(screen.queryByTestId('panel-status')).toBeNull();
    expect(screen.queryByTestId('region-panel')).toBeNull();
    release();
    const panel = await screen.findByTestId('region-panel', {}, { timeout: 8000 });
    expect(within(panel).getByTestId('panel-status')).toHaveTextContent(/Utama|Madya|Pratama/);
    expect(
      within(panel)
        .getAllByRole('link')
        .some((a) => a.getAttribute('rel') === 'noopener noreferrer'),
    ).toBe(true);
    expect(screen.queryByTestId('records-wait')).toBeNull();
  });

  it('says so when the records cannot be loaded, and its retry brings the panel', async () => {
    const { release } = serveHoldingFullRecords('fail');
    release();
    renderApp('/?region=63.06&year=2026&lang=en');
    const wait = await screen.findByTestId('records-wait', {}, { timeout: 8000 });
    expect(await within(wait).findByRole('alert')).toHaveTextContent('The full records could not be loaded.');
    expect(screen.queryByTestId('panel-status')).toBeNull();
    await userEvent.setup().click(within(wait).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('region-panel', {}, { timeout: 8000 })).toBeInTheDocument();
  });
});

describe('an embedded table', () => {
  it('shows the records’ figures once the full records are in, never the outcomes-only rows (Kediri 2026)', async () => {
    const { release } = serveHoldingFullRecords();
    renderApp('/?year=2026&province=35&view=table&embed=1');
    expect(await screen.findByTestId('records-wait', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByTestId('region-table')).toBeNull();
    release();
    const table = await screen.findByTestId('region-table', {}, { timeout: 8000 });
    const kediri = within(table)
      .getByRole('button', { name: /^Kabupaten Kediri/ })
      .closest('tr')!;
    expect(kediri).toHaveTextContent('98,72%');
    expect(kediri).toHaveTextContent('Ahmad Khotib');
  });
});
