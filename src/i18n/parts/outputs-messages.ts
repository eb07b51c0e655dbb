/**
 * Messages of the outputs work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {
  // The table's CSV, headed in the interface language (one row per region, as the table shows it).
  csvCode: 'Kode Kemendagri',
  csvCategory: 'Kategori {year}',
  csvCoverage: 'Cakupan JKN (%)',
  csvActive: 'Peserta aktif (%)',
  csvEvidence: 'Dasar kategori',
  csvOtherSources: 'Sumber lain untuk edisi ini',
  csvSource: 'Sumber (alamat)',
  csvPublisher: 'Penerbit',
  csvOrigin: 'Asal data',
  csvOriginBundled: 'data bawaan',
  downloadCsvRaw: 'Unduh CSV mentah',
  csvChoiceHint:
    'CSV: kolom dalam bahasa ini, satu baris per wilayah seperti tabel. CSV mentah: kolom data/awards.csv, satu baris per catatan, dapat diimpor kembali.',
  // What a downloaded or printed map credits: the award pages behind the shown regions, and any imports.
  awardSourcesCredit: 'Sumber penghargaan: {n} halaman berita publik — {list}',
  awardSourcesNone: 'Sumber penghargaan: tidak ada catatan dalam tampilan ini',
  awardSourcesPerRegion: 'Sumber penghargaan: tercantum di panel tiap wilayah (tautan tampilan)',
  andMore: '{list} dan {n} lainnya',
  importsCredit: 'Data impor pengguna (bukan data bawaan): {files}',
  // Why a button cannot be pressed now.
  csvNoRecords: 'Tidak ada catatan dalam tampilan ini: tidak ada yang dapat diunduh.',
  // The embed and print.
  embedSources: 'Sumber: {n} halaman berita · {boundary} · {data}',
  printShown: '{shown} dari {total} wilayah ditampilkan',
  printSources: 'Sumber',
} as const satisfies Record<string, string>;

export const OUTPUTS_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: {
    csvCode: 'Kemendagri code',
    csvCategory: 'Category {year}',
    csvCoverage: 'JKN coverage (%)',
    csvActive: 'Active participants (%)',
    csvEvidence: 'Basis of category',
    csvOtherSources: 'Other sources for this edition',
    csvSource: 'Source (address)',
    csvPublisher: 'Publisher',
    csvOrigin: 'Data origin',
    csvOriginBundled: 'bundled data',
    downloadCsvRaw: 'Download raw CSV',
    csvChoiceHint:
      'CSV: columns in this language, one row per region as in the table. Raw CSV: the columns of data/awards.csv, one row per record, importable again.',
    awardSourcesCredit: 'Award sources: {n} public news pages — {list}',
    awardSourcesNone: 'Award sources: no records in this view',
    awardSourcesPerRegion: "Award sources: listed in each region's panel (view link)",
    andMore: '{list} and {n} more',
    importsCredit: 'User-imported data (not the bundled data): {files}',
    csvNoRecords: 'No records in this view: nothing to download.',
    embedSources: 'Sources: {n} news pages · {boundary} · {data}',
    printShown: '{shown} of {total} regions shown',
    printSources: 'Sources',
  },
};
