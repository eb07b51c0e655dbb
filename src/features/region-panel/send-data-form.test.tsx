import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listImports, resetImportDbConnection } from '@/data/import/import-db';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { testDataset } from '../../../tests/unit/load-fixtures';
import SendDataForm from './send-data-form';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetImportDbConnection();
  useViewStore.setState({ ...DEFAULT_VIEW, notices: [] });
});

const codes = () => new Set(testDataset().byCode.keys());

function renderForm(config = {}) {
  const onClose = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SendDataForm dataset={testDataset()} code="93.04" year={2026} onClose={onClose} config={config} />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onClose };
}

describe('Kirim data form', () => {
  it('says what is wrong with a link that is not http/https next to the field, and saves nothing', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Madya');
    await user.type(screen.getByLabelText('Tautan sumber (wajib)'), 'ftp://example.org/asmat');
    await user.type(screen.getByLabelText('Keaktifan peserta (%)'), '120');
    await user.click(screen.getByRole('button', { name: 'Kirim' }));
    expect(await screen.findByTestId('send-error-source_url')).toHaveTextContent('Tautan harus alamat halaman web yang diawali http:// atau https://');
    expect(screen.getByTestId('send-error-active_pct')).toHaveTextContent('Persentase di luar rentang: boleh 0–100.');
    expect(screen.getByLabelText('Tautan sumber (wajib)')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Belum tersimpan: periksa isian yang ditandai.');
    await waitFor(() => expect(screen.getByLabelText('Tautan sumber (wajib)')).toHaveFocus());
    expect((await listImports(codes())).layers).toEqual([]);
    expect(screen.queryByTestId('send-data-result')).toBeNull();
  });

  it('asks for a source link before anything else', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Utama');
    await user.click(screen.getByRole('button', { name: 'Kirim' }));
    expect(await screen.findByTestId('send-error-source_url')).toHaveTextContent('Tautan sumber wajib diisi');
    expect((await listImports(codes())).layers).toEqual([]);
  });

  it('stores a good send as the reader’s own data and shows the row and the report as entered', async () => {
    const { user } = renderForm();
    await user.selectOptions(screen.getByLabelText('Kategori'), 'Madya');
    await user.type(screen.getByLabelText('Tautan sumber (wajib)'), 'https://example.org/asmat');
    await user.type(screen.getByLabelText('Cakupan kepesertaan (%)'), '98,2');
    await user.click(screen.getByRole('button', { name: 'Kirim' }));
    expect(await screen.findByTestId('send-saved')).toHaveTextContent('Tersimpan di Data saya sebagai kiriman Anda.');
    const { layers } = await listImports(codes());
    expect(layers).toHaveLength(1);
    expect(layers[0]).toMatchObject({ fileName: 'Kiriman Anda', hidden: false });
    expect(layers[0]!.records).toMatchObject([
      { code: '93.04', year: 2026, category: 'madya', metrics: { coveragePct: 98.2 }, origin: { kind: 'imported', file: 'Kiriman Anda' } },
    ]);
    expect(screen.getByTestId('send-row')).toHaveValue('93.04,Kabupaten Asmat,kabupaten,2026,Madya,,,,,,98.2,,,,,,,https://example.org/asmat,,,,,');
    // No repository or address configured: the report is text to copy, with no link.
    expect(screen.queryByTestId('send-report-link')).toBeNull();
    expect((screen.getByTestId('send-report-text') as HTMLTextAreaElement).value).toContain('source_url: https://example.org/asmat');
  });

  it('links to the prefilled issue form when the repository is set at build', async () => {
    const { user } = renderForm({ repositoryUrl: 'https://github.com/owner/peta-uhc' });
    await user.selectOptions(screen.getByLabelText('Edisi'), '2024');
    await user.selectOptions(screen.getByLabelText('Kategori'), 'None');
    await user.type(screen.getByLabelText('Tautan sumber (wajib)'), 'http://example.org/b');
    await user.click(screen.getByRole('button', { name: 'Kirim' }));
    const link = await screen.findByTestId('send-report-link');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    const url = new URL(link.getAttribute('href')!);
    expect(url.pathname).toBe('/owner/peta-uhc/issues/new');
    expect(url.searchParams.get('year')).toBe('2024');
    expect(url.searchParams.get('category')).toBe('None');
  });
});
