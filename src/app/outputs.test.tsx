import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../tests/unit/load-fixtures';
import { renderDashboard } from '../../tests/unit/render-app';
import { pageShareLink } from '@/state/page-links';
import { useViewStore, viewStateOf } from '@/state/store';

vi.mock('@/map/map-view', () => ({ default: () => null }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => false }));

const ds = testDataset();
const FILTER = '/?year=2026&province=63&category=madya';

/** What the page hands the browser to save: the file name and the blob's text. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the table downloads', () => {
  it('"Unduh CSV" writes the table headed in Indonesian, named after the view; the raw CSV keeps the data file’s columns', async () => {
    const files = captureDownloads();
    renderDashboard(ds, `${FILTER}&view=table`);
    const csv = await screen.findByTestId('download-csv');
    expect(csv).toHaveAccessibleDescription(/CSV mentah: kolom data\/awards\.csv/);
    fireEvent.click(csv);
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe('peta-uhc-2026-kalimantan-selatan-madya.csv');
    const lines = (await files[0]!.blob.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]!.split(';').slice(0, 4)).toEqual(['Kode Kemendagri', 'Nama', 'Provinsi', 'Kategori 2026']);
    expect(lines).toHaveLength(5);
    fireEvent.click(screen.getByTestId('download-csv-raw'));
    await vi.waitFor(() => expect(files).toHaveLength(2));
    expect(files[1]!.name).toBe('peta-uhc-2026-kalimantan-selatan-madya-data.csv');
    expect(
      (await files[1]!.blob.text())
        .replace(/^\uFEFF/, '')
        .split(';')
        .slice(0, 3),
    ).toEqual(['code', 'name_as_written', 'level']);
  });

  it('in English the table CSV is headed in English', async () => {
    const files = captureDownloads();
    renderDashboard(ds, `${FILTER}&view=table&lang=en`);
    fireEvent.click(await screen.findByTestId('download-csv'));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(
      (await files[0]!.blob.text())
        .replace(/^\uFEFF/, '')
        .split(';')
        .slice(0, 4),
    ).toEqual(['Kemendagri code', 'Name', 'Province', 'Category 2026']);
  });
});

describe('printing a view', () => {
  it('builds the sheet on beforeprint with the view’s title, counts and sources, and drops it after', async () => {
    renderDashboard(ds, FILTER);
    await screen.findByTestId('legend');
    expect(screen.queryByTestId('print-sheet')).toBeNull();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const sheet = screen.getByTestId('print-sheet');
    expect(within(sheet).getByRole('heading', { level: 1 })).toHaveTextContent('Peta UHC · UHC Awards 2026 · Kalimantan Selatan · hanya Madya');
    const legend = within(sheet).getByTestId('print-legend');
    expect(legend).toHaveTextContent('Madya: 4');
    expect(legend).toHaveTextContent(/Utama: disembunyikan filter \(\d+ di wilayah ini\)/);
    expect(legend).toHaveTextContent('4 dari 13 wilayah ditampilkan');
    expect(sheet).toHaveTextContent(/Sumber penghargaan: \d+ halaman berita publik — /);
    expect(within(sheet).getByTestId('print-map')).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByTestId('print-sheet')).toBeNull();
  });

  it('a printed region links to the view as Share does: its own page, the edition and the filter in its query', async () => {
    window.history.replaceState(null, '', '/');
    // No edition in the address (the latest): the printed link names it, as Share's does.
    renderDashboard(ds, '/?province=63&category=madya&region=63.06');
    await screen.findByTestId('legend');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    const expected = pageShareLink(window.location.origin, viewStateOf(useViewStore.getState()), ds.latestYear, false, ds.byCode);
    expect(expected).toBe(`${window.location.origin}/wilayah/63.06-hulu-sungai-selatan/?year=2026&province=63&category=madya`);
    expect(await screen.findByTestId('print-head')).toHaveTextContent(expected);
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });

  it('in the table view the sheet has no map (the table itself is printed) and a region prints its own page', async () => {
    renderDashboard(ds, `${FILTER}&view=table`);
    await screen.findByTestId('region-table');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByTestId('print-sheet')).toHaveAttribute('data-view', 'table');
    expect(screen.queryByTestId('print-map')).toBeNull();
    act(() => void window.dispatchEvent(new Event('afterprint')));
  });
});
