import { Workbook } from '@cj-tech-master/excelts';

/**
 * A workbook as a Dinas Kesehatan keeps it, written by the spreadsheet library the app reads with: a guide
 * sheet first, then "Rekap 2026" with a merged title block, a "No." column, a two-row header ("Capaian" over
 * "Cakupan (%)" and "Keaktifan (%)"), each province merged down over its regions, coverage and activity
 * stored as fractions with a percent format, the ceremony date as a date cell, a total row and a note under
 * the table; and a smaller "2025" sheet. One category is mistyped ("Utma", row 28): everything else imports
 * without a pick.
 */
export const WORKBOOK_ROWS: readonly {
  name: string;
  province: string;
  category: string;
  coverage: number;
  active: number;
  recipient: string;
  role: string;
  code: string;
}[] = [
  {
    name: 'Kab. Banjar',
    province: 'Kalimantan Selatan',
    category: 'Madya',
    coverage: 0.9826,
    active: 0.8512,
    recipient: 'Saidi Mansyur',
    role: 'Bupati',
    code: '63.03',
  },
  {
    name: 'Kab. Tapin',
    province: 'Kalimantan Selatan',
    category: 'Pratama',
    coverage: 0.9811,
    active: 0.8034,
    recipient: 'Yamani',
    role: 'Bupati',
    code: '63.05',
  },
  {
    name: 'HSS',
    province: 'Kalimantan Selatan',
    category: 'Utama',
    coverage: 1.0012,
    active: 0.9601,
    recipient: 'Syafrudin Noor',
    role: 'Bupati',
    code: '63.06',
  },
  {
    name: 'HST',
    province: 'Kalimantan Selatan',
    category: 'MADYA',
    coverage: 0.9931,
    active: 0.8577,
    recipient: 'Samsul Rizal',
    role: 'Bupati',
    code: '63.07',
  },
  { name: 'HSU', province: 'Kalimantan Selatan', category: 'Pratama', coverage: 0.9844, active: 0.812, recipient: 'Sahrujani', role: 'Bupati', code: '63.08' },
  {
    name: 'Kab. Balangan',
    province: 'Kalimantan Selatan',
    category: 'Utama',
    coverage: 1.0,
    active: 0.9722,
    recipient: 'Abdul Hadi',
    role: 'Bupati',
    code: '63.11',
  },
  {
    name: 'Kota Banjarmasin',
    province: 'Kalimantan Selatan',
    category: 'Madya',
    coverage: 0.9902,
    active: 0.8655,
    recipient: 'Muhammad Yamin',
    role: 'Wali Kota',
    code: '63.71',
  },
  { name: 'Kukar', province: 'Kalimantan Timur', category: 'Utama', coverage: 0.996, active: 0.954, recipient: 'Edi Damansyah', role: 'Bupati', code: '64.02' },
  {
    name: 'Kutim',
    province: 'Kalimantan Timur',
    category: 'Madya',
    coverage: 0.989,
    active: 0.861,
    recipient: 'Ardiansyah Sulaiman',
    role: 'Bupati',
    code: '64.08',
  },
  {
    name: 'Kubar',
    province: 'Kalimantan Timur',
    category: 'Pratama',
    coverage: 0.982,
    active: 0.806,
    recipient: 'Frederick Edwin',
    role: 'Bupati',
    code: '64.07',
  },
  { name: 'PPU', province: 'Kalimantan Timur', category: 'Madya', coverage: 1.0015, active: 0.9187, recipient: 'Mudyat Noor', role: 'Bupati', code: '64.09' },
  {
    name: 'Kota Samarinda',
    province: 'Kalimantan Timur',
    category: 'Penerima',
    coverage: 0.9876,
    active: 0.8321,
    recipient: 'Andi Harun',
    role: 'Wali Kota',
    code: '64.72',
  },
  {
    name: 'Bolmong',
    province: 'Sulawesi Utara',
    category: 'Madya',
    coverage: 0.987,
    active: 0.859,
    recipient: 'Yusra Alhabsyi',
    role: 'Bupati',
    code: '71.01',
  },
  {
    name: 'Minsel',
    province: 'Sulawesi Utara',
    category: 'Pratama',
    coverage: 0.982,
    active: 0.805,
    recipient: 'Franky Donny Wongkar',
    role: 'Bupati',
    code: '71.05',
  },
  { name: 'Minut', province: 'Sulawesi Utara', category: 'Madya', coverage: 0.99, active: 0.89, recipient: 'Joune Ganda', role: 'Bupati', code: '71.06' },
  {
    name: 'Kab. Kep. Sitaro',
    province: 'Sulawesi Utara',
    category: 'Madya',
    coverage: 1.0026,
    active: 0.851,
    recipient: 'Chyntia Ingrid Kalangit',
    role: 'Bupati',
    code: '71.09',
  },
  {
    name: 'Kota Manado',
    province: 'Sulawesi Utara',
    category: 'Pratama',
    coverage: 0.9815,
    active: 0.8022,
    recipient: 'Andrei Angouw',
    role: 'Wali Kota',
    code: '71.71',
  },
  {
    name: 'Kota Bitung',
    province: 'Sulawesi Utara',
    category: 'Utama',
    coverage: 1.0105,
    active: 0.9533,
    recipient: 'Hengky Honandar',
    role: 'Wali Kota',
    code: '71.72',
  },
  {
    name: 'Kab. Bogor',
    province: 'Jawa Barat',
    category: 'Madya',
    coverage: 0.9877,
    active: 0.8544,
    recipient: 'Rudy Susmanto',
    role: 'Bupati',
    code: '32.01',
  },
  {
    name: 'Kota Depok',
    province: 'Jawa Barat',
    category: 'Pratama',
    coverage: 0.9823,
    active: 0.8101,
    recipient: 'Supian Suri',
    role: 'Wali Kota',
    code: '32.76',
  },
  {
    name: 'KBB',
    province: 'Jawa Barat',
    category: 'Pratama',
    coverage: 0.9819,
    active: 0.8077,
    recipient: 'Jeje Ritchie Ismail',
    role: 'Bupati',
    code: '32.17',
  },
  {
    name: 'Kota Cimahi',
    province: 'Jawa Barat',
    category: 'Pratama',
    coverage: 0.9825,
    active: 0.8153,
    recipient: 'Ngatiyana',
    role: 'Wali Kota',
    code: '32.77',
  },
  {
    name: 'Kab. Garut',
    province: 'Jawa Barat',
    category: 'Madya',
    coverage: 0.9866,
    active: 0.8588,
    recipient: 'Abdusy Syakur Amin',
    role: 'Bupati',
    code: '32.05',
  },
  {
    name: 'Kab. Tasikmalaya',
    province: 'Jawa Barat',
    category: 'Utma',
    coverage: 0.9912,
    active: 0.9601,
    recipient: 'Cecep Nurul Yakin',
    role: 'Bupati',
    code: '32.06',
  },
];

/** Excel row of the first data row in "Rekap 2026" (rows 1–2 title, 3 empty, 4–5 header). */
export const FIRST_DATA_ROW = 6;
/** The row with the mistyped category. */
export const TYPO_ROW = FIRST_DATA_ROW + WORKBOOK_ROWS.findIndex((r) => r.category === 'Utma');

export async function dinkesWorkbook(): Promise<Uint8Array> {
  const wb = new Workbook();
  wb.addWorksheet('Petunjuk').addRow(['Isi lembar "Rekap 2026". Persentase ditulis dengan format persen.']);

  const ws = wb.addWorksheet('Rekap 2026');
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = 'REKAPITULASI PENERIMA UHC AWARDS TAHUN 2026';
  ws.mergeCells('A2:I2');
  ws.getCell('A2').value = 'Dinas Kesehatan — data per 31 Januari 2026';
  ws.getRow(4).values = ['No.', 'Kabupaten/Kota', 'Provinsi', 'Kategori', 'Capaian', '', 'Tanggal Penyerahan', 'Penerima', 'Jabatan'];
  ws.getRow(5).values = ['', '', '', '', 'Cakupan (%)', 'Keaktifan (%)', '', '', ''];
  for (const col of ['A', 'B', 'C', 'D', 'G', 'H', 'I']) ws.mergeCells(`${col}4:${col}5`);
  ws.mergeCells('E4:F4');
  WORKBOOK_ROWS.forEach((r, i) => {
    const row = ws.getRow(FIRST_DATA_ROW + i);
    row.values = [i + 1, r.name, r.province, r.category, r.coverage, r.active, new Date(Date.UTC(2026, 0, 27)), r.recipient, r.role];
    row.getCell(5).numFmt = '0.00%';
    row.getCell(6).numFmt = '0.00%';
    row.getCell(7).numFmt = 'dd/mm/yyyy';
  });
  // Each province written once, merged down over its regions.
  let start = 0;
  WORKBOOK_ROWS.forEach((r, i) => {
    const next = WORKBOOK_ROWS[i + 1];
    if (next?.province === r.province) return;
    if (i > start) ws.mergeCells(`C${FIRST_DATA_ROW + start}:C${FIRST_DATA_ROW + i}`);
    start = i + 1;
  });
  const last = FIRST_DATA_ROW + WORKBOOK_ROWS.length - 1;
  ws.getRow(last + 1).values = ['JUMLAH', '', '', '', '', '', '', '', ''];
  ws.mergeCells(`A${last + 1}:D${last + 1}`);
  ws.getCell(`E${last + 1}`).value = { formula: `AVERAGE(E${FIRST_DATA_ROW}:E${last})`, result: 0.99 };
  ws.getCell(`E${last + 1}`).numFmt = '0.00%';
  ws.getCell(`A${last + 3}`).value = 'Sumber: rekap Dinas Kesehatan Provinsi';

  const older = wb.addWorksheet('2025');
  older.addRow(['No', 'Kabupaten/Kota', 'Kategori', 'Tahun']);
  older.addRow([1, 'Kab. Banjar', 'Pratama', 2025]);
  older.addRow([2, 'HSS', 'Madya', 2025]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
