import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realPlacesFile, testDataset } from '../../../tests/unit/load-fixtures';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { RegionSearch } from './region-search';

const ds = testDataset();
const placesJson = JSON.stringify(realPlacesFile());
const fetchMock = vi.fn<typeof fetch>();

function renderSearch(year: number | null = null) {
  useViewStore.setState({ ...DEFAULT_VIEW, year, notices: [] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <RegionSearch dataset={ds} />
    </QueryClientProvider>,
  );
  return screen.getByRole('combobox', { name: 'Cari wilayah' });
}
const optionTexts = () =>
  within(screen.getByRole('listbox', { name: 'Saran wilayah' }))
    .getAllByRole('option')
    .map((o) => o.textContent);

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => new Response(placesJson, { headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

describe('the search box with place names', () => {
  it('fetches the place names only once the box is used, and then finds a kecamatan', async () => {
    const user = userEvent.setup();
    const box = renderSearch();
    expect(fetchMock).not.toHaveBeenCalled();
    await user.type(box, 'kandangan');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toMatch(/data\/places\.json/);
    await vi.waitFor(() => expect(optionTexts()[0]).toBe('Kandangan (kecamatan) · Kabupaten Hulu Sungai Selatan kategori 2026: Utama'));
    expect(optionTexts()).toContain('Kandangan (kecamatan) · Kabupaten Temanggung kategori 2026: Belum ada data');
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().region).toBe('63.06');
  });

  it('shows each region’s category in the edition on the map, and opens a unit by its Kemendagri code', async () => {
    const user = userEvent.setup();
    const box = renderSearch(2024);
    await user.type(box, '1607');
    expect(optionTexts()).toEqual(['Kabupaten Banyuasin (16.07) · Sumatera Selatan kategori 2024: Pratama']);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().region).toBe('16.07');
    await user.type(box, '16.07');
    expect(optionTexts()).toEqual(['Kabupaten Banyuasin (16.07) · Sumatera Selatan kategori 2024: Pratama']);
  });

  it('lists region names before place names', async () => {
    const user = userEvent.setup();
    const box = renderSearch();
    await user.type(box, 'bogor');
    await vi.waitFor(() => expect(optionTexts().length).toBeGreaterThan(2));
    expect(optionTexts().slice(0, 2)).toEqual(['Kabupaten Bogor · Jawa Barat kategori 2026: Madya', expect.stringMatching(/^Kota Bogor · Jawa Barat/)]);
  });

  it('says the place names are still loading, and says so when they cannot be loaded', async () => {
    let release: (r: Response) => void = () => {};
    fetchMock.mockImplementation(() => new Promise<Response>((r) => (release = r)));
    const user = userEvent.setup();
    const box = renderSearch();
    await user.type(box, 'semarapura');
    expect(screen.getByTestId('search-empty')).toHaveTextContent('Tidak ditemukan: “semarapura” Memuat nama kecamatan dan kelurahan…');
    // The query tries once more after a second: that try fails too.
    fetchMock.mockImplementation(async () => new Response('nope', { status: 500 }));
    release(new Response('nope', { status: 500 }));
    await vi.waitFor(() => expect(screen.getByTestId('search-empty')).toHaveTextContent('Nama kecamatan dan kelurahan tidak dapat dimuat'), { timeout: 5000 });
    expect(screen.getByTestId('search-empty')).not.toHaveTextContent('Memuat');
  });
});
