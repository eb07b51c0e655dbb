import type { Dataset } from '@/domain/dataset';
import { SENT_FILE } from '@/domain/imported-layer';
import type { RegionRow } from '@/domain/select-regions';
import type { MessageKey } from '@/i18n/dictionary';
import { formatNumber } from '@/i18n/format';
import { useViewStore, viewStateOf } from '@/state/store';
import type { Lang, ViewState } from '@/state/view-state';
import { boundaryAttribution } from './boundary-attribution';
import { IMPORTED_OUTLINE } from './region-paint';
import { describeView, viewHeading } from './view-count-lines';
import { viewLink } from './view-link';

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
 * The title names the edition, the comparison on the change map, the place and every filter, and the legend
 * carries the same counts and wording as the screen's (`describeView`), so a map lifted into an article still
 * says what it shows — a class the filter hides says "hidden", never 0. The last footer line links back.
 */
export function mapExportInfo(dataset: Dataset, rows: readonly RegionRow[], view: ViewState, year: number, link: string, t: T, lang: Lang): MapExportInfo {
  const { lines, scope, counts } = describeView(dataset, rows, view, year, t, lang);
  const title = `${t('appTitle')} · ${viewHeading(year, scope, t)}`;
  return {
    title,
    legend: [
      ...lines.map((l) => ({ label: `${l.label}: ${l.value}`, color: l.color, hatch: l.hatch })),
      ...(counts.importedShown
        ? [{ label: `${t('importedLegend')}: ${formatNumber(counts.importedShown, lang)}`, color: IMPORTED_OUTLINE, hatch: false, outline: true }]
        : []),
    ],
    footer: [...awardCredits(rows, t, dataset.detail), t('attribution'), boundaryAttribution(dataset.boundarySource, t), `${t('viewLink')}: ${link}`],
    ...selectionLine(dataset, rows, view.region, t),
  };
}

/** The award pages behind the shown regions, each once with its publisher, and the files of any imported records. */
function shownSources(rows: readonly RegionRow[]): { pages: Map<string, string>; imports: Set<string> } {
  const pages = new Map<string, string>();
  const imports = new Set<string>();
  for (const r of rows) {
    if (!r.matchesFilter) continue;
    for (const rec of r.records) {
      if (rec.origin.kind === 'imported') imports.add(rec.origin.file);
      for (const s of rec.sources) if (!pages.has(s.url)) pages.set(s.url, s.publisher);
    }
  }
  return { pages, imports };
}

/**
 * Who the award facts behind the shown regions come from: the number of distinct pages and their publishers
 * (most cited first, the rest counted), and the files of any imported records — a lifted image credits them.
 */
export function awardCredits(rows: readonly RegionRow[], t: T, detail: Dataset['detail'] = 'full'): string[] {
  // Before the panels' file is in, records carry no sources: say where they are rather than "none".
  if (detail === 'outcomes') return [t('awardSourcesPerRegion')];
  const { pages, imports } = shownSources(rows);
  const publishers = new Map<string, number>();
  for (const p of pages.values()) publishers.set(p, (publishers.get(p) ?? 0) + 1);
  const named = [...publishers].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'id')).map(([p]) => p);
  const list = named.length > 4 ? t('andMore', { list: named.slice(0, 4).join(', '), n: named.length - 4 }) : named.join(', ');
  return [
    pages.size ? t('awardSourcesCredit', { n: pages.size, list }) : t('awardSourcesNone'),
    // A reader's own sent facts are stored under an internal label: the credit says whose they are instead.
    ...(imports.size ? [t('importsCredit', { files: [...imports].map((f) => (f === SENT_FILE ? t('originSent') : f)).join(', ') })] : []),
  ];
}

/** The embed's one credit line: how many award pages the shown regions rest on, the data's licence, the boundaries. */
export function embedCredit(rows: readonly RegionRow[], dataset: Pick<Dataset, 'detail' | 'boundarySource'>, t: T): string {
  const boundary = boundaryAttribution(dataset.boundarySource, t);
  if (dataset.detail === 'outcomes') return `${awardCredits(rows, t, 'outcomes')[0]} · ${boundary}`;
  return t('embedSources', { n: shownSources(rows).pages.size, boundary, data: t('attribution') });
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
  const link = viewLink(dataset, view, withImports);
  return mapExportInfo(dataset, rows, view, year, link, t, lang);
}
