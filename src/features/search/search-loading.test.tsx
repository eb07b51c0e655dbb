import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../../tests/unit/load-fixtures';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { RegionSearch } from './region-search';

// The matching code's chunk, held until the test lets it load (a slow link).
const gate = vi.hoisted(() => {
  let open!: () => void;
  return { held: new Promise<void>((r) => (open = r)), open: () => open() };
});
vi.mock('./search-engine', async (original) => {
  await gate.held;
  return original();
});

describe('the search box before its matching code is in', () => {
  it('says the search is getting ready — never “not found” — then suggests', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503 })),
    );
    useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <RegionSearch dataset={testDataset()} />
      </QueryClientProvider>,
    );
    const user = userEvent.setup();
    await user.type(screen.getByRole('combobox', { name: 'Cari wilayah' }), 'Banyuasin');
    expect(screen.getByTestId('search-empty')).toHaveTextContent('Menyiapkan pencarian');
    expect(screen.getByTestId('search-empty')).not.toHaveTextContent('Tidak ditemukan');
    gate.open();
    expect(await screen.findByRole('option', { name: /Kabupaten Banyuasin/ })).toBeInTheDocument();
    vi.unstubAllGlobals();
  });
});
