import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FullRecords } from './full-records';
import { testDataset } from '../../tests/unit/load-fixtures';

const ds = testDataset();
const view = (code: { ready: boolean; failed: boolean; retry: () => void }) => (
  <QueryClientProvider client={new QueryClient()}>
    <FullRecords dataset={ds} title="Kabupaten Banyuasin" code={code}>
      {() => <p data-testid="panel">panel</p>}
    </FullRecords>
  </QueryClientProvider>
);

describe('a view that waits for its code as well as the full records', () => {
  it('shows the announced wait, not the panel, while the panel’s code loads — then the panel', () => {
    const { rerender } = render(view({ ready: false, failed: false, retry: () => {} }));
    expect(screen.getByTestId('records-wait')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Memuat catatan lengkap');
    expect(screen.queryByTestId('panel')).toBeNull();
    rerender(view({ ready: true, failed: false, retry: () => {} }));
    expect(screen.getByTestId('panel')).toBeInTheDocument();
  });

  it('says so when the code cannot be loaded, and its retry asks for the code again', async () => {
    const retry = vi.fn();
    render(view({ ready: false, failed: true, retry }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(retry).toHaveBeenCalledOnce();
  });
});
