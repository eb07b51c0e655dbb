/**
 * Messages of the search work (first-view part): Bahasa Indonesia first; the type keeps the English keys equal.
 * Kept apart from messages-id.ts so that parallel work adds keys without touching the same lines.
 */
const ID = {
  // The search box's place names (kecamatan, kelurahan) and the category in each suggestion.
  placeKecamatan: 'kecamatan',
  placeKelurahan: 'kelurahan',
  searchPlacesLoading: 'Memuat nama kecamatan dan kelurahan…',
  searchPlacesFailed: 'Nama kecamatan dan kelurahan tidak dapat dimuat; hanya nama kabupaten/kota dan provinsi yang dicari.',
  searchLoading: 'Menyiapkan pencarian…',
  searchFailed: 'Pencarian tidak dapat dimuat. Periksa koneksi, lalu ketik lagi.',
  searchCategoryIn: 'kategori {year}',
  // URL notices: one line per parameter and reason, however often it repeats.
  reasonRepeatedTimes: 'ganda, {n}×',
  noticeMoreValues: 'dan {n} nilai lain',
  reasonLevelForRegion: 'wilayah di tautan adalah kabupaten/kota, jadi peta kabupaten/kota yang ditampilkan',
  // The summary's wide tables scroll inside the panel.
  perProvinceScroll: 'Tabel per provinsi (geser ke samping)',
  transitionScroll: 'Tabel perpindahan kategori (geser ke samping)',
} as const satisfies Record<string, string>;

const EN: Record<keyof typeof ID, string> = {
  placeKecamatan: 'district',
  placeKelurahan: 'urban village',
  searchPlacesLoading: 'Loading district and village names…',
  searchPlacesFailed: 'District and village names could not be loaded; only kabupaten/kota and province names are searched.',
  searchLoading: 'Getting search ready…',
  searchFailed: 'Search could not be loaded. Check the connection, then type again.',
  searchCategoryIn: 'category {year}',
  reasonRepeatedTimes: 'repeated, {n}×',
  noticeMoreValues: 'and {n} other values',
  reasonLevelForRegion: 'the link’s region is a kabupaten/kota, so the kabupaten/kota map is shown',
  perProvinceScroll: 'Per-province table (scrolls sideways)',
  transitionScroll: 'Category transition table (scrolls sideways)',
};

export const SEARCH_MESSAGES: { id: Record<keyof typeof ID, string>; en: Record<keyof typeof ID, string> } = {
  id: ID,
  en: EN,
};
