import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useViewStore } from '@/state/store';
import { testDataset } from '../../../tests/unit/load-fixtures';
import { RegionPanel } from './region-panel';

const dataset = testDataset();

function renderPanel(code: string) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <RegionPanel dataset={dataset} code={code} />
    </QueryClientProvider>,
  );
}

beforeEach(() => useViewStore.getState().setYear(2026));
afterEach(() => {
  useViewStore.getState().setYear(null);
  useViewStore.getState().setLang('id');
});

describe('the region panel says how an outcome is known', () => {
  it('Lampung Tengah 2026: not awarded, inferred from the complete list of four Lampung recipients, with its source', () => {
    renderPanel('18.02');
    const status = screen.getByTestId('panel-status');
    expect(status).toHaveTextContent('Tidak mendapat');
    expect(status).toHaveTextContent('Disimpulkan dari daftar lengkap di Potensinews');
    expect(within(status).getByRole('link', { name: 'Potensinews' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByTestId('record')).toHaveTextContent('salah satu dari empat kabupaten/kota di Provinsi Lampung');
  });

  it('says the same in English', () => {
    useViewStore.getState().setLang('en');
    renderPanel('18.02');
    expect(screen.getByTestId('panel-status')).toHaveTextContent('Inferred from a complete list on Potensinews');
  });

  it('Kota Tarakan 2026: the certificate-backed Pratama is shown, the provincial remark and the portal’s Utama as the disagreement', () => {
    renderPanel('65.71');
    const status = screen.getByTestId('panel-status');
    expect(status).toHaveTextContent('Pratama');
    expect(status).not.toHaveTextContent('Utama');
    expect(status).toHaveTextContent('Sumber berbeda pendapat');
    expect(screen.getByTestId('precedence')).toHaveTextContent('Peta menampilkan Pratama dari sumber terkuat (tangan pertama); sumber lain menyebut Utama.');
    expect(screen.getAllByTestId('evidence-first-hand')).toHaveLength(2);
    expect(screen.getByTestId('evidence-remark')).toHaveTextContent('Ucapan pihak lain tentang daerah ini');
    // Whose remark: the record's note says it.
    const remark = screen.getAllByTestId('record').find((r) => within(r).queryByTestId('evidence-remark'))!;
    expect(remark).toHaveTextContent('Kepala Dinas Kesehatan Provinsi Kaltara');
  });

  it('Kota Bukittinggi 2026: figures that are word for word the Pratama thresholds (98% / 80%) are flagged', () => {
    renderPanel('13.75');
    expect(screen.getAllByTestId('threshold-echo').map((p) => p.textContent)).toEqual([
      '⚠ Cakupan 98%: sama dengan ambang batas — mungkin menyebut syarat, bukan capaian',
      '⚠ Keaktifan 80%: sama dengan ambang batas — mungkin menyebut syarat, bukan capaian',
    ]);
  });

  it('a region whose sources agree gets no precedence note and no evidence line', () => {
    renderPanel('13.74');
    expect(screen.queryByTestId('precedence')).toBeNull();
    expect(screen.queryByTestId('evidence-list')).toBeNull();
  });
});
