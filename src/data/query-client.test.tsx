import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createQueryClient } from './query-client';

function Places() {
  const q = useQuery({ queryKey: ['places'], queryFn: async () => 'Kandangan' });
  return <p>{q.data ?? (q.isError ? 'gagal' : 'Menyiapkan pencarian…')}</p>;
}

describe('the query cache on a device that went offline', () => {
  afterEach(() => onlineManager.setOnline(true));

  it('still reads the site’s files (the service worker has them): no query waits for the network to return', async () => {
    onlineManager.setOnline(false);
    render(
      <QueryClientProvider client={createQueryClient()}>
        <Places />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('Kandangan')).toBeInTheDocument();
  });
});
