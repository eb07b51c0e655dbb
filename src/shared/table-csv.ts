import type { AwardRecord } from '@/domain/award-record';
import { slugOf } from '@/domain/ascii-text';
import type { Dataset } from '@/domain/dataset';
import { SENT_FILE } from '@/domain/imported-layer';
import type { RegionRow } from '@/domain/select-regions';
import { toExcelCsv } from '@/data/excel-csv';
import type { MessageKey } from '@/i18n/dictionary';
import type { ViewState } from '@/state/view-state';
import { changeText, type EditionPair } from './view-count-lines';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** The recipient as the table writes it: "name (role)", or the role alone when the page names no one. */
export function recipientText(r: RegionRow): string {
  const rec = r.primary?.recipient;
  return rec ? (rec.name ? (rec.role ? `${rec.name} (${rec.role})` : rec.name) : rec.role) : '';
}

/** How the outcome is known, when it is not simply stated by its page (as the table's evidence line says it). */
function evidenceText(record: AwardRecord | undefined, t: T): string {
  switch (record?.evidence) {
    case 'list':
      return t('evidenceList', { source: record.sources[0]?.publisher ?? record.origin.file });
    case 'first-hand':
      return t('evidenceFirstHand');
    case 'remark':
      return t('evidenceRemark');
    default:
      return '';
  }
}

/** Where an imported row comes from, as the table marks it: the reader's own sent fact, or the file's name. */
export function importedOriginText(file: string, t: T): string {
  return file === SENT_FILE ? t('originSent') : t('originImported', { file });
}

function originText(record: AwardRecord | undefined, t: T): string {
  if (!record) return '';
  return record.origin.kind === 'imported' ? importedOriginText(record.origin.file, t) : t('csvOriginBundled');
}

/**
 * The table as a reader's CSV: headers in the interface language, one row per region in the table's order,
 * its province by name, the change against the named baseline, and the facts of the row's one primary record
 * with that record's source (figures of two sources are never blended; the other sources are counted). The
 * "raw" download (`recordsToCsv`) keeps data/awards.csv's columns for the importer.
 */
export function tableCsv(dataset: Dataset, rows: readonly RegionRow[], years: EditionPair, t: T): string {
  const header = [
    t('csvCode'),
    t('name'),
    t('province'),
    t('csvCategory', { year: years.year }),
    t('csvEvidence'),
    t('csvCoverage'),
    t('csvActive'),
    years.base !== null ? t('changeFilterVs', { base: years.base }) : t('change'),
    t('recipient'),
    t('csvSource'),
    t('csvPublisher'),
    t('csvOtherSources'),
    t('csvOrigin'),
  ];
  const body = rows.map((r) => {
    const p = r.primary;
    const province = r.region.code === r.region.provinceCode ? '' : (dataset.byCode.get(r.region.provinceCode)?.name ?? r.region.provinceCode);
    return [
      r.region.code,
      r.region.name,
      province,
      t(r.status),
      evidenceText(p, t),
      p?.metrics.coveragePct,
      p?.metrics.activePct,
      r.change ? changeText(r.change, years, t) : '',
      recipientText(r),
      p?.sources[0]?.url,
      p?.sources[0]?.publisher,
      r.records.length > 1 ? r.records.length - 1 : undefined,
      originText(p, t),
    ];
  });
  return toExcelCsv(header, body);
}

/**
 * A download's file name naming its view, so two files from two views do not overwrite each other:
 * `peta-uhc-2026-kalimantan-selatan-madya.csv`, `peta-uhc-2026-vs-2024-naik.png`, `peta-uhc-2026-provinsi.csv`.
 * `kind` tells the raw data file apart from the table's (`data`).
 */
export function exportFileName(dataset: Dataset, view: ViewState, years: EditionPair, ext: string, kind?: string): string {
  const parts = ['peta-uhc', String(years.year)];
  if (view.mode === 'change' && years.base !== null) parts.push('vs', String(years.base));
  if (view.level === 'provinsi') parts.push('provinsi');
  const names = view.provinces.map((p) => dataset.byCode.get(p)?.name ?? p);
  // Many provinces would make an unwieldy name: their codes say it shorter.
  parts.push(...(names.length > 3 ? [view.provinces.join('-')] : names));
  parts.push(...view.categories, ...view.changes);
  if (kind) parts.push(kind);
  return `${parts.map(slugOf).filter(Boolean).join('-')}.${ext}`;
}
