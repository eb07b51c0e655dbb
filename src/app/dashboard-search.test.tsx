import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useViewStore } from '@/state/store';
import { testDataset } from '../../tests/unit/load-fixtures';
import { renderDashboard } from '../../tests/unit/render-app';

// The search box and the province picker in the dashboard; MapLibre needs WebGL, which jsdom lacks.
vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const ds = testDataset();

const renderAt = (url: string) => renderDashboard(ds, url);

describe('search', () => {
  it('"HSS" selects Hulu Sungai Selatan', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.type(screen.getByTestId('search-input'), 'HSS');
    // Enter opens only a region the reader has seen in the list (the matching code loads on first focus).
    await screen.findByRole('option', { name: /Hulu Sungai Selatan/ });
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { name: 'Kabupaten Hulu Sungai Selatan' })).toBeInTheDocument();
    // A selected region's address is its own page (src/state/page-links.ts).
    expect(window.location.pathname + window.location.search).toBe('/wilayah/63.06-hulu-sungai-selatan/');
  });

  it('suggests as you type, kind and province shown; a click on a suggestion opens it', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const box = screen.getByRole('combobox', { name: 'Cari wilayah' });
    await user.type(box, 'Bekasi');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Saran wilayah' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Kabupaten Bekasi · Jawa Barat kategori 2026: Belum ada data',
      'Kota Bekasi · Jawa Barat kategori 2026: Belum ada data',
    ]);
    await user.click(options[1]!);
    expect(useViewStore.getState().region).toBe('32.75');
    expect(box).toHaveValue('');
  });

  it('Enter opens only the highlighted suggestion; arrows move it; Escape closes the list first', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const box = screen.getByRole('combobox', { name: 'Cari wilayah' });
    await user.type(box, 'banyu');
    const first = within(screen.getByRole('listbox', { name: 'Saran wilayah' })).getAllByRole('option')[0]!;
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}');
    const second = within(screen.getByRole('listbox', { name: 'Saran wilayah' })).getAllByRole('option')[1]!;
    expect(second).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    // With the list closed, Enter shows it again rather than opening something unseen.
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().region).toBeNull();
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Enter}');
    expect(useViewStore.getState().region).toBe(second.getAttribute('data-code'));
  });

  it('"banyuas" opens Banyuasin, not Banyumas; new text forgets the old list', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const box = screen.getByRole('combobox', { name: 'Cari wilayah' });
    await user.type(box, 'bandung');
    expect(within(screen.getByRole('listbox', { name: 'Saran wilayah' })).getAllByRole('option')[0]).toHaveTextContent('Kabupaten Bandung');
    await user.clear(box);
    await user.type(box, 'banyuas{Enter}');
    expect(useViewStore.getState().region).toBe('16.07');
  });

  it('unknown text says so', async () => {
    const user = userEvent.setup();
    renderAt('/');
    await user.type(screen.getByTestId('search-input'), 'Atlantis{Enter}');
    expect(await screen.findByTestId('search-empty')).toHaveTextContent('Tidak ditemukan: “Atlantis”');
    expect(useViewStore.getState().region).toBeNull();
  });
});

describe('province picker', () => {
  it('adds provinces by plain clicks, shows them as removable chips, and announces each change', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const list = await screen.findByRole('listbox', { name: 'Provinsi' });
    await user.click(within(list).getByRole('option', { name: /Kalimantan Selatan/ }));
    await user.click(within(list).getByRole('option', { name: /Kalimantan Timur/ }));
    expect(useViewStore.getState().provinces).toEqual(['63', '64']);
    expect(within(list).getByRole('option', { name: /Kalimantan Timur/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByText('Kalimantan Timur dipilih (2 provinsi)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hapus Kalimantan Selatan dari filter' }));
    expect(useViewStore.getState().provinces).toEqual(['64']);
  });

  it('narrows the list as you type; arrows and Enter choose from the keyboard', async () => {
    const user = userEvent.setup();
    renderAt('/');
    const input = await screen.findByTestId('province-filter-input');
    await user.type(input, 'papua');
    const options = within(screen.getByRole('listbox', { name: 'Provinsi' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Papua', 'Papua Barat', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan', 'Papua Barat Daya']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(useViewStore.getState().provinces).toEqual(['92']);
  });
});
