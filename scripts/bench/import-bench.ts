/**
 * Import bench: how long a user's file takes from bytes to the first screen of the check report.
 *
 *   npx tsx scripts/bench/import-bench.ts          (BENCH_RUNS=7 for more runs)
 *
 * Two files, both generated here: a 2,000-row Excel workbook as a Dinas Kesehatan keeps it (title block, No.
 * column, percent-formatted fractions, date cells, names as people type them — "Kab. Kep. Sitaro", "HSS",
 * "konawe utara" —, recipients without a role) and a 20,000-row semicolon CSV (~3 MB). Each run times
 * reading (the code the Web Worker runs), finding the header and the columns, matching and checking every
 * row (the code the dialog runs, in slices), ordering the report and rendering its first page (React, to
 * markup). Budget: the 2,000-row workbook under 1 s. Medians of BENCH_RUNS runs after one warm-up.
 */
import { performance } from 'node:perf_hooks';
import { Workbook } from '@cj-tech-master/excelts';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { guessColumnMapping } from '../../src/data/import/column-mapping';
import { createImportCache } from '../../src/data/import/import-context';
import { prepareAll } from '../../src/data/import/prepare-import';
import type { ReadFile } from '../../src/data/import/read-spreadsheet';
import { readText } from '../../src/data/import/read-text';
import { readWorkbookTables } from '../../src/data/import/read-workbook';
import { sheetFromTable } from '../../src/data/import/sheet-from-table';
import { ImportReport, reportOrder } from '../../src/features/import/import-report';
import { median } from '../lib/median';
import { readGazetteer } from '../lib/read-gazetteer';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 1000;
const gazetteer = readGazetteer();

/** Names as lists write them: display names, short names in capitals, prefixes, abbreviations, typos. */
function messyNames(): string[] {
  const forms = gazetteer.regencies.flatMap((r) => [
    r.name,
    `Kab. ${r.shortName}`.replace('Kab. ', r.level === 'kota' ? 'Kota ' : 'Kab. '),
    r.shortName.toUpperCase(),
    r.shortName.toLowerCase(),
  ]);
  return [
    ...forms,
    'Kab. Kep. Sitaro',
    'HSS',
    'HST',
    'Kotim',
    'Kukar',
    'Bolmong',
    'Minsel',
    'Basel',
    'Abdya',
    'Tapteng',
    'Labura',
    'Muba',
    'OKI',
    'Kab. OKU Timur',
    'Kab.Natuna',
    'Padangpanjang',
    'Tebingtinggi',
    'Banyuasn',
  ];
}

const CATEGORIES = ['Utama', 'MADYA', 'Pratama', 'Penerima', 'Tidak mendapat', 'Kategori Madya'];

async function workbook(rows: number): Promise<Uint8Array> {
  const names = messyNames();
  const wb = new Workbook();
  const ws = wb.addWorksheet('Rekap 2026');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = 'REKAPITULASI PENERIMA UHC AWARDS TAHUN 2026';
  ws.getRow(3).values = ['No.', 'Kabupaten/Kota', 'Kategori', 'Cakupan (%)', 'Keaktifan (%)', 'Tanggal Penyerahan', 'Penerima', 'Tahun'];
  for (let i = 0; i < rows; i++) {
    const row = ws.getRow(4 + i);
    row.values = [
      i + 1,
      names[(i * 7) % names.length],
      CATEGORIES[i % CATEGORIES.length],
      0.98 + (i % 30) / 1000,
      0.8 + (i % 19) / 100,
      new Date(Date.UTC(2026, 0, 27)),
      `Penerima ${i}`,
      2014 + (i % 13),
    ];
    row.getCell(4).numFmt = '0.00%';
    row.getCell(5).numFmt = '0.00%';
    row.getCell(6).numFmt = 'dd/mm/yyyy';
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function csv(rows: number): string {
  const names = messyNames();
  const lines = ['No;Kabupaten/Kota;Provinsi;Kategori;Cakupan Kepesertaan (%);Keaktifan (%);Jumlah Penduduk;Penerima;Tahun;Sumber;Keterangan'];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `${i + 1};${names[(i * 7) % names.length]};;${CATEGORIES[i % CATEGORIES.length]};${(98 + (i % 30) / 10).toFixed(2).replace('.', ',')}%;${(80 + (i % 19)).toFixed(1).replace('.', ',')};${(100000 + i * 37).toLocaleString('id-ID')};Penerima ${i};${2014 + (i % 13)};https://example.org/berita/${i};Rekap Dinas Kesehatan, diperbarui bulan ${1 + (i % 12)}`,
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

interface Times {
  read: number;
  check: number;
  report: number;
  total: number;
  accepted: number;
  rows: number;
}

async function once(load: () => Promise<ReadFile>): Promise<Times> {
  const t0 = performance.now();
  const file = await load();
  const sheet = sheetFromTable(file, 0);
  const t1 = performance.now();
  const { mapping } = guessColumnMapping(sheet.headers);
  const prepared = prepareAll(sheet, mapping, {
    gazetteer,
    fileName: file.fileName,
    importedAt: '2026-11-23T08:00:00.000Z',
    defaultYear: sheet.titleYear,
    cache: createImportCache(),
  });
  const t2 = performance.now();
  const order = reportOrder(prepared.results);
  const noop = () => undefined;
  const html = renderToString(
    createElement(ImportReport, {
      results: prepared.results,
      order,
      edits: new Map(),
      choices: new Map(),
      isTicked: () => true,
      cellOf: () => '',
      regions: [...gazetteer.regencies, ...gazetteer.provinces],
      regionName: (c: string) => gazetteer.byCode.get(c)?.name ?? c,
      onEdit: noop,
      onPick: noop,
      onToggle: noop,
    }),
  );
  const t3 = performance.now();
  if (!html.includes('data-testid="import-report"')) throw new Error('the report did not render');
  return {
    read: t1 - t0,
    check: t2 - t1,
    report: t3 - t2,
    total: t3 - t0,
    accepted: prepared.results.filter((r) => r.status === 'accepted').length,
    rows: prepared.results.filter((r) => r.status !== 'ignored').length,
  };
}

async function bench(label: string, load: () => Promise<ReadFile>): Promise<number> {
  await once(load);
  const runs: Times[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(load));
  const m = (k: keyof Times) => median(runs.map((r) => r[k]));
  const rows = runs[0]!.rows;
  console.log(
    `${label}: ${rows} rows (${runs[0]!.accepted} accepted) — read ${m('read').toFixed(0)} ms, match+check ${m('check').toFixed(0)} ms, ` +
      `report ${m('report').toFixed(0)} ms; total ${m('total').toFixed(0)} ms = ${(rows / m('total')).toFixed(1)} rows/ms (median of ${RUNS})`,
  );
  return m('total');
}

const xlsx = await workbook(2000);
const text = csv(20000);
console.log(`inputs: 2,000-row workbook ${(xlsx.length / 1024).toFixed(0)} KB; 20,000-row CSV ${(text.length / 1024 / 1024).toFixed(1)} MB`);
const total = await bench('xlsx 2,000 rows', async () => ({ fileName: 'bench.xlsx', format: 'xlsx', delimiter: '', tables: await readWorkbookTables(xlsx) }));
await bench('csv 20,000 rows', async () => readText(text, 'bench.csv'));
console.log(
  total < BUDGET_MS ? `budget met: 2,000-row workbook in ${total.toFixed(0)} ms < ${BUDGET_MS} ms` : `BUDGET MISSED: ${total.toFixed(0)} ms ≥ ${BUDGET_MS} ms`,
);
process.exit(total < BUDGET_MS ? 0 : 1);
