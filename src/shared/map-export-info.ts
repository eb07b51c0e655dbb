import { CATEGORY_STATUSES } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { countByStatus, type RegionRow } from '@/domain/select-regions';
import type { MessageKey } from '@/i18n/dictionary';
import { formatNumber } from '@/i18n/format';
import { useViewStore, viewStateOf } from '@/state/store';
import { shareLink } from '@/state/url-state';
import type { Lang, ViewState } from '@/state/view-state';
import { boundaryAttribution } from './boundary-attribution';
import { CATEGORY_COLORS, IMPORTED_OUTLINE } from './region-paint';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** What a downloaded map says about itself: its view in the title, the legend with counts, sources and link. */
export interface MapExportInfo {
  title: string;
  /** `outline`: the dashed outline of imported records (PNG draws it as a frame, SVG as a swatch). */
  legend: { label: string; color: string; hatch: boolean; outline?: boolean }[];
  footer: string[];
  /** The region open in the view, named with its province and category (none when no region is open). */
  selection?: string;
}

/**
 * The title names the edition, level, provinces and categories of the view, so a map lifted into an article
 * still says what it shows; the last footer line links back to the same view.
 */
export function mapExportInfo(dataset: Dataset, rows: readonly RegionRow[], view: ViewState, year: number, link: string, t: T, lang: Lang): MapExportInfo {
  const shown = rows.filter((r) => r.matchesFilter);
  const counts = countByStatus(shown);
  const imported = shown.filter((r) => r.imported).length;
  const parts = [t('appTitle'), t('editionOf', { year })];
  if (view.level === 'provinsi') parts.push(t('levelProvinsi'));
  if (view.provinces.length) parts.push(view.provinces.map((p) => dataset.byCode.get(p)?.name ?? p).join(', '));
  if (view.categories.length) parts.push(view.categories.map((c) => t(c)).join(', '));
  return {
    title: parts.join(' · '),
    legend: [
      ...CATEGORY_STATUSES.map((s) => ({ label: `${t(s)}: ${formatNumber(counts[s], lang)}`, color: CATEGORY_COLORS[s], hatch: s === 'unknown' })),
      ...(imported ? [{ label: `${t('importedLegend')}: ${formatNumber(imported, lang)}`, color: IMPORTED_OUTLINE, hatch: false, outline: true }] : []),
    ],
    footer: [t('attribution'), boundaryAttribution(dataset.boundarySource, t), `${t('viewLink')}: ${link}`],
    ...selectionLine(dataset, rows, view.region, t),
  };
}

/** The selected region's line under the title: an exported image says which region it was made for. */
function selectionLine(dataset: Dataset, rows: readonly RegionRow[], region: string | null, t: T): { selection?: string } {
  const row = region ? rows.find((r) => r.region.code === region) : undefined;
  if (!row) return {};
  const province = row.region.code === row.region.provinceCode ? null : dataset.byCode.get(row.region.provinceCode)?.name;
  return { selection: t('exportSelected', { name: [row.region.name, province].filter(Boolean).join(', '), category: t(row.status) }) };
}

/** The export info of the view on screen now (store and address), as Share and "Data saya" download it. */
export function currentMapExportInfo(dataset: Dataset, rows: readonly RegionRow[], year: number, withImports: boolean, t: T, lang: Lang): MapExportInfo {
  const view = viewStateOf(useViewStore.getState());
  const link = shareLink(window.location.origin, window.location.pathname, view, dataset.latestYear, withImports);
  return mapExportInfo(dataset, rows, view, year, link, t, lang);
}
