import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetImportDbConnection } from '@/data/import/import-db';
import { useViewStore } from '@/state/store';
import { bundledDataset, testRegionsFile } from '../../../tests/unit/load-fixtures';
import { renderApp } from '../../../tests/unit/render-app';

vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

const CSV =
  '\uFEFFKabupaten/Kota;Provinsi;Kategori;Cakupan (%);Tahun\r\nKab. Banyuasin;Sumatera Selatan;Utama;99,5;2026\r\nKabupaten Atlantis;;Madya;90;2026\r\nKota Padang;Sumatera Barat;Emas;97;2026\r\n';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetImportDbConnection();
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (url.endsWith('regions.json') ? json(testRegionsFile()) : json(bundledDataset().file))),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe('My data: import, keep, delete', () => {
  it('reports every row, applies the accepted ones as a layer that shows in the panel and survives a remount', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp();
    await user.click(await screen.findByTestId('my-data'));
    const dialog = await screen.findByRole('dialog', { name: /Data saya/ }, { timeout: 5000 });
    await user.upload(within(dialog).getByTestId('import-file'), new File([CSV], 'dinkes.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByTestId('import-summary')).toHaveTextContent('1 baris diterima, 1 perlu dipilih, 1 ditolak');
    const report = within(dialog).getByTestId('import-report');
    expect(within(report).getByText(/unknown category "Emas"/)).toBeInTheDocument();
    expect(within(report).getByLabelText('Pilih wilayah untuk baris 3')).toBeInTheDocument();
    await user.click(within(dialog).getByTestId('apply-import'));
    expect(await within(dialog).findByText('1 baris dari dinkes.csv diterapkan.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('imported-layers')).toHaveTextContent('dinkes.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Tutup' }));

    useViewStore.getState().selectRegion('16.07');
    const badge = await screen.findByTestId('imported-badge');
    expect(badge).toHaveTextContent('Diimpor: dinkes.csv');
    // The bundled Banyuasin record (Madya) stays beside the imported one (Utama): a conflict, shown.
    expect(
      screen
        .getAllByTestId('record')
        .map((r) => r.getAttribute('data-origin'))
        .sort(),
    ).toEqual(['bundled', 'imported']);

    unmount();
    renderApp('/?region=16.07');
    expect(await screen.findByTestId('imported-badge')).toHaveTextContent('dinkes.csv');
  });

  it('refuses a file above the size limit and a spreadsheet that is not CSV, saying why', async () => {
    // A dropped file skips the picker's accept filter.
    const user = userEvent.setup({ applyAccept: false });
    renderApp();
    await user.click(await screen.findByTestId('my-data'));
    const input = await screen.findByTestId('import-file', {}, { timeout: 5000 });
    const big = new File(['x'], 'besar.csv');
    Object.defineProperty(big, 'size', { value: 6 * 1024 * 1024 });
    await user.upload(input, big);
    expect(await screen.findByText(/above the 5 MB limit/)).toBeInTheDocument();
    await user.upload(input, new File(['PK'], 'data.xlsx'));
    expect(await screen.findByText(/save the spreadsheet as CSV/)).toBeInTheDocument();
  });

  it('a link made with imported data tells a recipient without it what they see', async () => {
    renderApp('/?year=2026&data=imported');
    expect(await screen.findByTestId('imported-note')).toHaveTextContent('data impor yang tidak ada di perangkat Anda');
  });
});

describe('storage that fails', () => {
  it('a missing IndexedDB leaves the app working on the bundled data, with a notice', async () => {
    // @ts-expect-error: a browser with storage blocked
    globalThis.indexedDB = undefined;
    resetImportDbConnection();
    renderApp();
    expect(await screen.findByRole('heading', { name: /Ringkasan/ }, { timeout: 8000 })).toBeInTheDocument();
    expect(await screen.findByTestId('storage-notice')).toHaveTextContent('Penyimpanan perangkat tidak tersedia');
  });
});
