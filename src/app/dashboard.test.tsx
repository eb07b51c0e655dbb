import { act, fireEvent, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useViewStore } from '@/state/store';
import { testDataset } from '../../tests/unit/load-fixtures';
import { renderDashboard } from '../../tests/unit/render-app';

// MapLibre needs WebGL, which jsdom lacks: the map is replaced by a stand-in that says it has drawn and reports a
// click like the real one.
function FakeMap({ onReady }: { onReady?: () => void }) {
  useEffect(() => onReady?.(), [onReady]);
  return (
    <button type="button" data-testid="fake-map" onClick={() => useViewStore.getState().selectRegion('63.11')}>
      map
    </button>
  );
}
vi.mock('@/map/map-view', () => ({ default: FakeMap }));
const webgl = vi.hoisted(() => ({ ok: true }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => webgl.ok }));

const ds = testDataset();

const renderAt = (url: string) => renderDashboard(ds, url);

beforeEach(() => {
  webgl.ok = true;
});

describe('summary panel', () => {
  it('counts regions per category and says how many awardees the dataset holds', async () => {
    renderAt('/');
    expect(await screen.findByRole('heading', { name: /Ringkasan · UHC Awards 2026/ })).toBeInTheDocument();
    // Kota Tarakan counts as Pratama (its certificate outranks a remark); Bengkulu Utara's award is Pratama by Bengkulu's complete list.
    expect(screen.getByTestId('count-utama')).toHaveTextContent('39');
    expect(screen.getByTestId('count-madya')).toHaveTextContent('94');
    expect(screen.getByTestId('count-awarded')).toHaveTextContent('38');
    expect(screen.getByTestId('recorded-of')).toHaveTextContent(
      '219 dari 397 kabupaten/kota penerima tercatat di data ini (38 di antaranya penerima dengan kategori tidak disebut)',
    );
    // How much of a province the data knows.
    expect(screen.getByTestId('province-recorded-63')).toHaveTextContent('6 dari 13 kab/kota');
    // Announced totals with the conflicting figures and their sources.
    const announced = screen.getByText('Total nasional yang diumumkan').closest('details')!;
    expect(within(announced).getByText('54')).toBeInTheDocument();
    expect(within(announced).getAllByRole('link', { name: 'Patroli Post' })[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('switches the map to provinces: provinces counted by their own award, in the URL, back to kab/kota on a region search', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByTestId('level-provinsi'));
    expect(window.location.search).toBe('?level=provinsi');
    expect(screen.getByRole('heading', { name: 'Jumlah provinsi, 2026' })).toBeInTheDocument();
    expect(screen.getByTestId('count-utama')).toHaveTextContent('3');
    expect(screen.getByTestId('count-awarded')).toHaveTextContent('13');
    expect(screen.getByTestId('recorded-of')).toHaveTextContent('31 dari 31 provinsi penerima tercatat');
    act(() => useViewStore.getState().selectRegion('63.06'));
    expect(useViewStore.getState().level).toBe('kabkota');
  });

  it('a province row filters to that province (and the URL follows)', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByRole('button', { name: 'Kalimantan Selatan' }));
    expect(useViewStore.getState().provinces).toEqual(['63']);
    expect(window.location.search).toBe('?province=63');
    expect(screen.getByTestId('count-utama')).toHaveTextContent('2');
  });

  it('a transition-matrix cell filters the map to its regions', async () => {
    const user = userEvent.setup();
    renderAt('/?province=16');
    await user.click(await screen.findByRole('button', { name: /Pratama → Madya 2026: 1/ }));
    expect(useViewStore.getState().categories).toEqual(['madya']);
    expect(useViewStore.getState().changes).toEqual(['up']);
    expect(screen.getByTestId('count-madya')).toHaveTextContent('1');
  });
});

describe('region panel', () => {
  it('shows Banyuasin: category, figures against thresholds, gap, officials, history and sources', async () => {
    renderAt('/?region=16.07');
    const panel = await screen.findByTestId('region-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Kabupaten Banyuasin');
    // Its page's "98% / 85%" are the Madya thresholds word for word, not Banyuasin's figures: none is shown as its own.
    expect(within(panel).queryByText('98%')).toBeNull();
    expect(within(panel).getByText(/Dr\. H\. Askolani \(Bupati\)/)).toBeInTheDocument();
    expect(within(panel).getByText(/dr\. Indah Deryane \(Plt Kepala Dinas Kesehatan\)/)).toBeInTheDocument();
    expect(within(panel).getByTestId('history-2026')).toHaveTextContent('Pratama 2024 → Madya 2026, naik');
    expect(within(panel).getByTestId('history-2023')).toHaveTextContent('2023 — belum ada data');
    expect(within(within(panel).getByTestId('record')).getByRole('link', { name: 'RADARCenter' })).toHaveAttribute(
      'href',
      'https://www.radarcenter.info/?p=9626',
    );
    // The province's own award.
    expect(within(panel).getByText(/Penghargaan pemerintah provinsi: Sumatera Selatan/)).toBeInTheDocument();
  });

  it("reads Kota Probolinggo's figures against the thresholds", async () => {
    renderAt('/?region=35.74');
    const panel = await screen.findByTestId('region-panel');
    expect(within(panel).getByText('99,58%')).toBeInTheDocument();
    expect(within(panel).getByTestId('supported')).toHaveTextContent('Kategori yang didukung angka: Madya');
    expect(within(panel).getByTestId('gap-utama')).toHaveTextContent(/Kurang [\d,]+ poin persen keaktifan/);
  });

  it('lists every edition in the history, an edition without a record included, and a claimed one only where recorded', async () => {
    const first = renderAt('/?region=51.05');
    await screen.findByTestId('region-panel');
    expect(screen.getAllByTestId(/^history-/).map((li) => li.textContent)).toEqual([
      'Penerima, kategori tidak disebut 2023',
      '2024 — belum ada data',
      'Penerima, kategori tidak disebut 2023 → Utama 2026, tidak bisa dibandingkan (kategori tidak disebut)',
    ]);
    first.unmount();
    renderAt('/?region=52.71');
    await screen.findByTestId('region-panel');
    expect(screen.getByTestId('history-2024')).toHaveTextContent('2024 — belum ada data');
    expect(screen.getByTestId('history-2025')).toHaveTextContent('Pratama 2025 (Tidak ada upacara nasional 2025 yang ditemukan; hanya klaim dalam berita.)');
    expect(screen.getByTestId('history-2026')).toHaveTextContent('Pratama 2025 → Madya 2026, naik');
  });

  it('flags Kota Palopo: Utama reported, figures support no award', async () => {
    renderAt('/?region=73.73');
    expect(await screen.findByTestId('mismatch')).toHaveTextContent('kategori yang dilaporkan (Utama) tidak sesuai dengan angka yang disebut (Tidak mendapat)');
  });

  it('shows conflicting sources side by side (Jember 96.5% vs 99.07%)', async () => {
    renderAt('/?region=35.09');
    const records = await screen.findAllByTestId('record');
    expect(records).toHaveLength(2);
    expect(records[0]).toHaveTextContent('96,5%');
    expect(records[1]).toHaveTextContent('99,07%');
  });

  it('says where a unit without its own polygon lies', async () => {
    renderAt('/?region=32.18');
    expect(await screen.findByText(/wilayahnya berada di dalam Kabupaten Ciamis/)).toBeInTheDocument();
  });

  it('a click on the map opens the panel; Close returns to the summary', async () => {
    const user = userEvent.setup();
    renderAt('/');
    // The 2D map is the map until the reader reaches for it; the wheel on it brings MapLibre's map.
    expect(screen.queryByTestId('fake-map')).toBeNull();
    fireEvent.wheel(await screen.findByTestId('flat-map'), { deltaY: -100 });
    await user.click(await screen.findByTestId('fake-map'));
    expect(await screen.findByRole('heading', { name: 'Kabupaten Balangan' })).toHaveFocus();
    expect(screen.getByText('Abdul Hadi (Bupati)', { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tutup' }));
    expect(screen.getByRole('heading', { name: /Ringkasan/ })).toBeInTheDocument();
  });
});

describe('filters, language and URL', () => {
  it('category and change filters land in the URL', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByTestId('category-utama'));
    await user.click(screen.getByTestId('change-up'));
    expect(window.location.search).toBe('?category=utama&change=up');
    await user.click(screen.getByTestId('reset-filters'));
    expect(window.location.search).toBe('');
  });

  it('a broken URL gives a dismissable notice and a working app with the valid parts', async () => {
    const user = userEvent.setup();
    renderAt('/?year=1999&province=63,zz&region=nowhere&lang=en');
    const notice = await screen.findByTestId('url-notice');
    expect(notice).toHaveTextContent('year=1999');
    expect(notice).toHaveTextContent('province=zz');
    expect(window.location.search).toBe('?province=63&lang=en');
    expect(await screen.findByRole('heading', { name: /Summary · UHC Awards 2026/ })).toBeInTheDocument();
    await user.click(within(notice).getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByTestId('url-notice')).not.toBeInTheDocument();
  });

  it('switches to English with numbers in English form', async () => {
    const user = userEvent.setup();
    renderAt('/?region=35.09');
    await user.click(screen.getByTestId('lang-en'));
    expect(window.location.pathname + window.location.search).toBe('/wilayah/35.09-jember/?lang=en');
    const records = await screen.findAllByTestId('record');
    expect(records[1]).toHaveTextContent('99.07%');
    expect(within(records[1]!).getByText('Coverage', { selector: 'th' })).toBeInTheDocument();
  });

  it('Share copies a link that names the edition, so it outlives the next edition', async () => {
    const user = userEvent.setup();
    renderAt('/?region=63.11');
    await user.click(screen.getByTestId('share'));
    expect(await screen.findByText('Tautan disalin')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/wilayah/63.11-balangan/?year=2026`);
  });

  it('Back undoes a filter change', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.click(await screen.findByTestId('category-madya'));
    expect(useViewStore.getState().categories).toEqual(['madya']);
    await act(async () => {
      window.history.back();
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(useViewStore.getState().categories).toEqual([]);
  });
});

describe('table view', () => {
  it('lists the filtered regions, sorts, and a row selects its region', async () => {
    const user = userEvent.setup();
    renderAt('/?view=table&province=63');
    const table = await screen.findByTestId('region-table');
    expect(screen.getByTestId('rows-shown')).toHaveTextContent('13 wilayah');
    await user.click(within(table).getByRole('button', { name: 'Urutkan menurut Nama' }));
    const first = within(table).getAllByRole('row')[1]!;
    expect(first).toHaveTextContent('Kabupaten Balangan');
    await user.click(within(table).getByRole('button', { name: 'Urutkan menurut Nama' }));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Kabupaten Tapin');
    await user.click(within(table).getByRole('button', { name: 'Kabupaten Hulu Sungai Selatan' }));
    expect(useViewStore.getState().region).toBe('63.06');
  });

  it('puts blanks last in either sort direction', async () => {
    const user = userEvent.setup();
    renderAt('/?view=table&province=63');
    const table = await screen.findByTestId('region-table');
    const categories = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.children[2]!.textContent);
    expect(categories().at(-1)).toBe('Belum ada data');
    expect(categories()[0]).toBe('Utama');
    await user.click(within(table).getByRole('button', { name: 'Urutkan menurut Kategori' }));
    expect(categories()[0]).toBe('Madya');
    expect(categories().at(-1)).toBe('Belum ada data');
    await user.click(within(table).getByRole('button', { name: 'Urutkan menurut Cakupan' }));
    const coverage = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.children[3]!.textContent);
    expect(coverage()[0]).not.toBe('');
    expect(coverage().at(-1)).toBe('');
  });

  it('is one tab stop: arrow keys move along the rows', async () => {
    const user = userEvent.setup();
    renderAt('/?view=table&province=63');
    const table = await screen.findByTestId('region-table');
    const names = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getByRole('button'));
    expect(names.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    names[0]!.focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(names[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(names.at(-1));
    expect(names.filter((b) => b.tabIndex === 0)).toEqual([names.at(-1)]);
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().region).toBe(names.at(-1)!.closest('tr')!.getAttribute('data-code'));
  });

  it('shows one record’s facts per row, with its origin and how many other sources there are', async () => {
    renderAt('/?view=table&province=35');
    const table = await screen.findByTestId('region-table');
    // Jember: two pages, 96.5% and 99.07%: the row shows one of them and says there is another.
    const jember = within(table).getByRole('button', { name: 'Kabupaten Jember' }).closest('tr')!;
    expect(jember).toHaveTextContent('+1 sumber lain');
    expect(jember.textContent!.match(/\d+,\d+%/g)?.length ?? 0).toBeLessThanOrEqual(2);
  });

  it('keeps a 2D map with a one-line notice when WebGL is unavailable; the table stays one click away', async () => {
    webgl.ok = false;
    renderAt('/');
    // Said when the reader reaches for the map (a drag or the wheel), which is when the smooth map would come.
    fireEvent.wheel(await screen.findByTestId('flat-map'), { deltaY: -100 });
    expect(await screen.findByText(/memerlukan WebGL/)).toBeInTheDocument();
    expect(screen.getByTestId('flat-map')).toHaveAttribute('role', 'application');
    expect(screen.queryByTestId('fake-map')).toBeNull();
    expect(screen.getByTestId('view-table')).toBeInTheDocument();
  });
});
