import { AWARD_COLUMNS, type AwardColumn } from '@/data/parse-award-rows';

/** What an import column can mean: an award column, or the province as a hint for name matching. */
export type ImportField = AwardColumn | 'province';
export const IMPORT_FIELDS: readonly ImportField[] = [...AWARD_COLUMNS, 'province'];

/** field → index of the user's column that holds it. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/**
 * Header words people use, Indonesian and English, after normalising (lower case, letters and digits,
 * single spaces). The canonical column name always matches itself. The same words are used for JSON keys.
 */
const SYNONYMS: Record<ImportField, string[]> = {
  code: ['kode', 'kode wilayah', 'kode kemendagri', 'kode daerah', 'region code', 'kode kab kota', 'kode kabupaten kota', 'kode pemda'],
  name_as_written: [
    'kabupaten kota',
    'kab kota',
    'kabkota',
    'kabupaten',
    'kota',
    'wilayah',
    'nama wilayah',
    'nama daerah',
    'daerah',
    'pemda',
    'nama pemda',
    'pemerintah daerah',
    'nama',
    'name',
    'region',
    'regency',
    'nama kabupaten kota',
    'nama kab kota',
    'kabupaten kota penerima',
  ],
  province: ['provinsi', 'province', 'prov', 'nama provinsi', 'propinsi'],
  level: ['tingkat', 'jenis', 'jenis wilayah', 'jenis pemda', 'level'],
  year: ['tahun', 'edisi', 'tahun penghargaan', 'year', 'tahun uhc', 'tahun award'],
  category: [
    'kategori',
    'predikat',
    'penghargaan',
    'kategori uhc',
    'kategori penghargaan',
    'predikat uhc',
    'category',
    'award',
    'award category',
    'status penghargaan',
  ],
  event_date: ['tanggal penyerahan', 'tanggal acara', 'tanggal penghargaan', 'tgl penyerahan', 'event date'],
  recipient_name: ['penerima', 'nama penerima', 'recipient', 'diterima oleh', 'penerima penghargaan', 'recipient name'],
  recipient_role: ['jabatan', 'jabatan penerima', 'role', 'recipient role'],
  represented_head: ['mewakili', 'represented head', 'atas nama'],
  accompanying: ['didampingi', 'pendamping', 'accompanying', 'accompanied by'],
  coverage_pct: [
    'cakupan',
    'cakupan kepesertaan',
    'cakupan jkn',
    'persen cakupan',
    'persentase cakupan',
    'coverage',
    'uhc',
    'capaian uhc',
    'kepesertaan',
    'persentase kepesertaan',
  ],
  active_pct: ['keaktifan', 'tingkat keaktifan', 'peserta aktif', 'persen aktif', 'persentase keaktifan', 'keaktifan peserta', 'active', 'active members'],
  pemda_registered_pct: ['didaftarkan pemda', 'pbpu pemda', 'pbi pemda', 'persen pemda', 'pemda registered', 'peserta pemda'],
  population: ['penduduk', 'jumlah penduduk', 'population'],
  participants: ['peserta', 'jumlah peserta', 'peserta jkn', 'jumlah peserta jkn', 'participants', 'members'],
  metrics_as_of: ['per tanggal', 'data per', 'as of', 'kondisi per', 'posisi data'],
  previous: ['sebelumnya', 'riwayat', 'previous', 'kategori sebelumnya'],
  source_url: ['sumber', 'url sumber', 'tautan', 'link', 'url', 'source', 'source url', 'link berita', 'tautan berita', 'sumber berita'],
  publisher: ['penerbit', 'media', 'publisher', 'nama media'],
  published_date: ['tanggal terbit', 'tanggal berita', 'published', 'published date', 'tgl berita'],
  note: ['catatan', 'keterangan', 'note', 'notes', 'ket'],
  note_id: ['catatan id', 'catatan bahasa indonesia', 'keterangan id', 'note id'],
  evidence: ['bukti', 'jenis bukti', 'evidence', 'jenis sumber'],
};

/** Lower case, letters and digits only, single spaces: how headers and JSON keys are compared. */
export function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The field a header names on its own (exact name or synonym), or undefined. */
function exactField(header: string): ImportField | undefined {
  const raw = header.trim();
  const norm = normalizeHeader(header);
  return IMPORT_FIELDS.find((f) => f === raw) ?? IMPORT_FIELDS.find((f) => SYNONYMS[f].includes(norm));
}

/** A synonym of two words or more (or a long one) inside a longer header: "Cakupan Kepesertaan JKN (%)". */
function containedField(header: string): ImportField | undefined {
  const padded = ` ${normalizeHeader(header)} `;
  return IMPORT_FIELDS.find((f) => SYNONYMS[f].some((syn) => (syn.includes(' ') || syn.length >= 6) && padded.includes(` ${syn} `)));
}

/** How many different fields a row of cells would name if it were the header row (used to find it). */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<ImportField>();
  for (const c of cells) {
    if (!c.trim() || c.length > 80) continue;
    const f = exactField(c) ?? containedField(c);
    if (f) fields.add(f);
  }
  return fields.size;
}

/**
 * Guesses which column holds which field: exact canonical names first, then synonyms, then synonyms inside
 * longer headers; each column used once. Columns left over are reported so the user sees what will be ignored.
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
  for (const f of IMPORT_FIELDS)
    take(
      f,
      headers.findIndex((h) => h.trim() === f),
    );
  for (const f of IMPORT_FIELDS) {
    for (const syn of SYNONYMS[f])
      take(
        f,
        norm.findIndex((h, i) => !used.has(i) && h === syn),
      );
  }
  for (const f of IMPORT_FIELDS) {
    for (const syn of SYNONYMS[f].filter((x) => x.includes(' ') || x.length >= 6)) {
      take(
        f,
        norm.findIndex((h, i) => !used.has(i) && ` ${h} `.includes(` ${syn} `)),
      );
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

/** One column feeds one field: taking it for this field releases it from any other. */
export function withColumn(m: ColumnMapping, field: ImportField, index: number | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [f, i] of Object.entries(m) as [ImportField, number][]) if (i !== index && f !== field) next[f] = i;
  if (index !== undefined) next[field] = index;
  return next;
}
