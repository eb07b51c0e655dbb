import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetImportDbConnection } from '@/data/import/import-db';
import { MESSAGES_EN } from '@/i18n/messages-en';
import { MESSAGES_ID } from '@/i18n/messages-id';
import { useViewStore } from '@/state/store';
import { dataFileBody } from '../../../tests/unit/load-fixtures';
import { renderApp } from '../../../tests/unit/render-app';
import { dinkesWorkbook, TYPO_ROW } from '../../../tests/unit/import-workbook-fixture';

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
    vi.fn(async (url: string) => json(dataFileBody(url))),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function openDialog(path = '/') {
  const user = userEvent.setup({ applyAccept: false });
  const view = renderApp(path);
  await user.click(await screen.findByTestId('my-data'));
  const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
  return { user, dialog, ...view };
}

describe('My data: import, fix, keep, delete', () => {
  it('reports every row in Indonesian, lets a rejected row be corrected in place, applies what is valid as a layer that survives a remount', async () => {
    const { user, dialog, unmount } = await openDialog();
    await user.upload(within(dialog).getByTestId('import-file'), new File([CSV], 'dinkes.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByTestId('import-summary')).toHaveTextContent('1 baris diterima, 1 perlu dipilih, 1 ditolak');
    const report = within(dialog).getByTestId('import-report');
    expect(within(report).getByText('kategori ‘Emas’ tidak dikenal — pilih Utama, Madya, Pratama atau Tidak mendapat.')).toBeInTheDocument();
    expect(within(report).getByText('‘Kabupaten Atlantis’ tidak cocok dengan wilayah mana pun — pilih wilayahnya atau perbaiki namanya.')).toBeInTheDocument();
    // Problems come first in the report.
    expect(
      within(report)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('data-status')),
    ).toEqual(['rejected', 'choose', 'accepted']);

    // The rejected row is corrected in the report and checked again at once.
    await user.selectOptions(within(report).getByLabelText('Kategori, baris 4'), 'Utama');
    expect(within(dialog).getByTestId('import-summary')).toHaveTextContent('2 baris diterima, 1 perlu dipilih, 0 ditolak');
    // The undecided name is placed by searching for the region.
    await user.type(within(report).getByLabelText('Cari wilayah untuk baris 3'), 'Kabupaten Bogor (32.01)');
    expect(within(dialog).getByTestId('import-summary')).toHaveTextContent('3 baris diterima, 0 perlu dipilih, 0 ditolak');

    await user.click(within(dialog).getByTestId('apply-import'));
    expect(await within(dialog).findByText('3 baris dari dinkes.csv diterapkan.')).toBeInTheDocument();
    expect(within(dialog).getByTestId('imported-layers')).toHaveTextContent('dinkes.csv');
    await user.click(within(dialog).getByRole('button', { name: 'Tutup' }));

    act(() => useViewStore.getState().selectRegion('13.71'));
    expect(await screen.findByTestId('imported-badge')).toHaveTextContent('Diimpor: dinkes.csv');
    unmount();
    renderApp('/?region=32.01');
    expect(await screen.findByTestId('imported-badge')).toHaveTextContent('dinkes.csv');
  });

  it('imports a workbook with a title block and percent cells: the sheet, the year from the title, the fix, the apply', async () => {
    const { user, dialog } = await openDialog();
    const bytes = await dinkesWorkbook();
    await user.upload(within(dialog).getByTestId('import-file'), new File([bytes as Uint8Array<ArrayBuffer>], 'rekap-uhc-2026.xlsx'));
    expect(await within(dialog).findByTestId('import-summary', {}, { timeout: 5000 })).toHaveTextContent('23 baris diterima, 0 perlu dipilih, 1 ditolak');
    expect(within(dialog).getByTestId('sheet-select')).toHaveDisplayValue('Rekap 2026 (30 baris)');
    expect(within(dialog).getByTestId('year-from-title')).toHaveTextContent('Tahun 2026 diambil dari judul tabel');
    // Mapping menus speak of fields by their human names.
    expect(within(dialog).getByLabelText('Kolom untuk Jabatan penerima')).toHaveDisplayValue('Jabatan — mis. Bupati');
    expect(within(dialog).getByLabelText('Kolom untuk Cakupan kepesertaan (%)')).toHaveDisplayValue('Cakupan (%) — mis. 98.26');

    await user.selectOptions(within(dialog).getByLabelText(`Kategori, baris ${TYPO_ROW}`), 'Utama');
    expect(within(dialog).getByTestId('import-summary')).toHaveTextContent('24 baris diterima, 0 perlu dipilih, 0 ditolak');
    await user.click(within(dialog).getByTestId('apply-import'));
    const status = await within(dialog).findByText('24 baris dari rekap-uhc-2026.xlsx (Rekap 2026) diterapkan.');

    // Focus stays in the dialog, on the message; Escape still closes the dialog and focus goes back to its button.
    await waitFor(() => expect(document.activeElement).toBe(status));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('my-data'));
    act(() => useViewStore.getState().selectRegion('32.06'));
    expect(await screen.findByTestId('imported-badge')).toHaveTextContent('rekap-uhc-2026.xlsx (Rekap 2026)');
  });

  it('offers the workbook’s other sheets; a sheet without a table says so and the sheet shown stays', async () => {
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByTestId('import-file'), new File([(await dinkesWorkbook()) as Uint8Array<ArrayBuffer>], 'rekap.xlsx'));
    await within(dialog).findByTestId('import-summary', {}, { timeout: 5000 });
    await user.selectOptions(within(dialog).getByTestId('sheet-select'), '2025 (3 baris)');
    expect(within(dialog).getByTestId('import-summary')).toHaveTextContent('2 baris diterima, 0 perlu dipilih, 0 ditolak');
    await user.selectOptions(within(dialog).getByTestId('sheet-select'), 'Petunjuk (1 baris)');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Sheet Petunjuk tidak dapat dipakai: tidak ada baris judul kolom');
    expect(within(dialog).getByTestId('import-summary')).toHaveTextContent('2 baris diterima, 0 perlu dipilih, 0 ditolak');
  });

  it('checks a long file in slices with progress, and can be cancelled without changing anything', async () => {
    const { user, dialog } = await openDialog();
    const lines = Array.from({ length: 30000 }, (_, i) => `HSS;Utama;${2014 + (i % 13)};${90 + (i % 10)}`);
    await user.upload(within(dialog).getByTestId('import-file'), new File([`Kabupaten/Kota;Kategori;Tahun;Cakupan\n${lines.join('\n')}\n`], 'panjang.csv'));
    // First the reading, then the check, slice by slice.
    await waitFor(() => expect(within(dialog).getByTestId('import-progress')).toHaveTextContent(/Memeriksa baris [\d.]+ dari 30.000/), { interval: 5 });
    fireEvent.click(within(dialog).getByTestId('import-cancel'));
    expect(await within(dialog).findByText('Pembacaan panjang.csv dibatalkan. Tidak ada yang berubah.')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('import-report')).toBeNull();
    expect(within(dialog).queryByTestId('import-progress')).toBeNull();
  });

  it('deleting an import can be undone', async () => {
    const { user, dialog } = await openDialog();
    await user.upload(within(dialog).getByTestId('import-file'), new File([CSV], 'hapus.csv', { type: 'text/csv' }));
    await within(dialog).findByTestId('import-summary');
    await user.click(within(dialog).getByTestId('apply-import'));
    await within(dialog).findByTestId('imported-layers');
    await user.click(within(dialog).getByRole('button', { name: 'Hapus hapus.csv' }));
    expect(await within(dialog).findByText('hapus.csv dihapus dari perangkat ini.')).toBeInTheDocument();
    expect(within(dialog).queryByTestId('imported-layers')).toBeNull();
    await user.click(within(dialog).getByTestId('undo-delete'));
    expect(await within(dialog).findByText('hapus.csv dikembalikan.')).toBeInTheDocument();
    expect(await within(dialog).findByTestId('imported-layers')).toHaveTextContent('hapus.csv');
  });

  it('refuses files it cannot read with a reason in the reader’s language, and changes nothing', async () => {
    const { user, dialog } = await openDialog();
    const input = within(dialog).getByTestId('import-file');
    const big = new File(['x'], 'besar.csv');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    await user.upload(input, big);
    expect(await within(dialog).findByTestId('import-error')).toHaveTextContent(
      'Berkas besar.csv tidak dapat dibaca: ukurannya 21 MB, di atas batas 20 MB. Pisahkan menjadi beberapa berkas atau hapus kolom dan sheet yang tidak dipakai. Tidak ada yang berubah.',
    );
    const locked = new Uint8Array(2048);
    locked.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    locked.set(
      [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]),
      1024,
    );
    await user.upload(input, new File([locked], 'rahasia.xlsx'));
    await waitFor(() =>
      expect(within(dialog).getByTestId('import-error')).toHaveTextContent('rahasia.xlsx tidak dapat dibaca: buku kerja ini dilindungi kata sandi.'),
    );
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], 'foto.csv'));
    await waitFor(() => expect(within(dialog).getByTestId('import-error')).toHaveTextContent('foto.csv tidak dapat dibaca: isinya bukan tabel.'));
    expect(within(dialog).queryByTestId('import-report')).toBeNull();
    expect(within(dialog).queryByTestId('imported-layers')).toBeNull();
  });

  it('says everything in English in the English interface, with no Indonesian sentence of the dialog left', async () => {
    const { user, dialog } = await openDialog('/?lang=en');
    await user.upload(within(dialog).getByTestId('import-file'), new File([CSV + 'Kab. Banyuasin;;Madya;98;\r\n'], 'dinkes.csv'));
    expect(await within(dialog).findByTestId('import-summary')).toHaveTextContent('1 rows accepted, 1 need a choice, 2 rejected');
    expect(within(dialog).getByText('category ‘Emas’ is unknown — pick Utama, Madya, Pratama or Not awarded.')).toBeInTheDocument();
    expect(within(dialog).getByText('the year is empty — fill in the award year, e.g. 2026.')).toBeInTheDocument();
    const en = new Set(Object.values(MESSAGES_EN));
    const indonesian = Object.entries(MESSAGES_ID)
      .filter(([k, v]) => k.startsWith('imp') && !en.has(v))
      .flatMap(([, v]) => v.split(/\{\w+\}/).map((p) => p.trim()))
      .filter((p) => p.length >= 10);
    const text = `${dialog.textContent} ${[...dialog.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')).join(' ')}`;
    expect(indonesian.filter((p) => text.includes(p))).toEqual([]);
  });

  it('a link made with imported data tells a recipient without it what they see', async () => {
    renderApp('/?year=2026&data=imported');
    expect(await screen.findByTestId('imported-note')).toHaveTextContent('data impor yang tidak ada di perangkat Anda');
  });

  it('Escape closes the dialog, not the region panel behind it', async () => {
    const { dialog } = await openDialog('/?region=16.07');
    expect(await screen.findByTestId('region-panel')).toBeInTheDocument();
    fireEvent.keyDown(within(dialog).getByRole('heading', { level: 2 }), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('region-panel')).toBeInTheDocument();
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
