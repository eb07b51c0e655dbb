import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';

/** What an import column can mean: an award column, or the province as a hint for name matching. */
export type ImportField = AwardColumn | 'province';
export const IMPORT_FIELDS: readonly ImportField[] = [...AWARD_COLUMNS, 'province'];

/** field → index of the user's column that holds it. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Header words people use, Indonesian and English, after normalising (lower case, letters and digits,
 * single spaces). The canonical column name always matches itself.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  code: ['kode', 'kode wilayah', 'kode kemendagri', 'kode daerah', 'region code', 'kode kab kota'],
  name_as_written: ['kabupaten kota', 'kab kota', 'kabkota', 'kabupaten', 'kota', 'wilayah', 'nama wilayah', 'nama daerah', 'daerah', 'pemda', 'nama', 'name', 'region', 'regency', 'nama kabupaten kota'],
  province: ['provinsi', 'province', 'prov', 'nama provinsi'],
  level: ['tingkat', 'jenis', 'jenis wilayah', 'level'],
  year: ['tahun', 'edisi', 'tahun penghargaan', 'year'],
  category: ['kategori', 'predikat', 'penghargaan', 'kategori uhc', 'category', 'award'],
  event_date: ['tanggal penyerahan', 'tanggal acara', 'event date'],
  recipient_name: ['penerima', 'nama penerima', 'recipient', 'diterima oleh'],
  recipient_role: ['jabatan', 'jabatan penerima', 'role', 'recipient role'],
  represented_head: ['mewakili', 'represented head'],
  accompanying: ['didampingi', 'pendamping', 'accompanying'],
  coverage_pct: ['cakupan', 'cakupan kepesertaan', 'cakupan jkn', 'persen cakupan', 'coverage', 'uhc', 'capaian uhc', 'kepesertaan'],
  active_pct: ['keaktifan', 'tingkat keaktifan', 'peserta aktif', 'persen aktif', 'active', 'active members'],
  pemda_registered_pct: ['didaftarkan pemda', 'pbpu pemda', 'pbi pemda', 'persen pemda', 'pemda registered'],
  population: ['penduduk', 'jumlah penduduk', 'population'],
  participants: ['peserta', 'jumlah peserta', 'peserta jkn', 'participants', 'members'],
  metrics_as_of: ['per tanggal', 'data per', 'as of'],
  previous: ['sebelumnya', 'riwayat', 'previous'],
  source_url: ['sumber', 'url sumber', 'tautan', 'link', 'url', 'source', 'source url'],
  publisher: ['penerbit', 'media', 'publisher'],
  published_date: ['tanggal terbit', 'tanggal berita', 'published', 'published date'],
  note: ['catatan', 'keterangan', 'note', 'notes', 'ket'],
  note_id: ['catatan id', 'catatan bahasa indonesia', 'keterangan id', 'note id'],
};

function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Guesses which column holds which field: exact canonical names first, then synonyms, each column used once.
 * Columns left over are reported so the user sees what will be ignored.
 */
export function guessColumnMapping(headers: readonly string[]): { mapping: ColumnMapping; ignored: number[] } {
  const norm = headers.map(normalizeHeader);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  const take = (field: ImportField, i: number) => {
    if (i < 0 || used.has(i) || mapping[field] !== undefined) return;
    mapping[field] = i;
    used.add(i);
  };
  for (const f of IMPORT_FIELDS) take(f, headers.findIndex((h) => h.trim() === f));
  for (const f of IMPORT_FIELDS) {
    for (const syn of SYNONYMS[f]) take(f, norm.findIndex((h, i) => !used.has(i) && h === syn));
  }
  // "Cakupan Kepesertaan JKN (%)" and the like: a synonym of two words or more inside a longer header.
  for (const f of IMPORT_FIELDS) {
    for (const syn of SYNONYMS[f].filter((x) => x.includes(' ') || x.length >= 6)) {
      take(f, norm.findIndex((h, i) => !used.has(i) && ` ${h} `.includes(` ${syn} `)));
    }
  }
  return { mapping, ignored: headers.map((_, i) => i).filter((i) => !used.has(i)) };
}

/** Without a code column, a name column is needed to find the region; a year and a category always. */
export function missingFields(mapping: ColumnMapping, defaultYear?: number): ImportField[] {
  const missing: ImportField[] = [];
  if (mapping.code === undefined && mapping.name_as_written === undefined) missing.push('name_as_written');
  if (mapping.year === undefined && defaultYear === undefined) missing.push('year');
  if (mapping.category === undefined) missing.push('category');
  return missing;
}
