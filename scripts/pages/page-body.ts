/**
 * The answer of a page as HTML, readable before (and without) any script: a region's facts, or the home page's
 * national counts. Worded by the app's own rules and message tables (src/shared/region-page-text.ts,
 * src/shared/view-count-lines.ts), so what a search engine or a slow phone reads first is what the app then shows.
 */
import type { AwardRecord } from '../../src/domain/award-record';
import type { Dataset } from '../../src/domain/dataset';
import { nationalRows, recordedOfAnnounced } from '../../src/domain/select-regions';
import type { MessageKey } from '../../src/i18n/dictionary';
import { formatDate, formatPercent } from '../../src/i18n/format';
import { officialText, regionPageDescription, regionPageTitle, type RegionFacts } from '../../src/shared/region-page-text';
import { describeView, recordedSentence, recordedText } from '../../src/shared/view-count-lines';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { escapeMarkup as e } from '../../src/shared/escape-markup';

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;
const LANG = 'id' as const;

const link = (href: string, text: string) => `<a href="${e(href)}" rel="noopener noreferrer">${e(text)}</a>`;

function figures(r: AwardRecord, t: T): string {
  const m = r.metrics;
  const parts = [
    m.coveragePct !== undefined ? t('factsCoverage', { value: formatPercent(m.coveragePct, LANG) }) : null,
    m.activePct !== undefined ? t('factsActive', { value: formatPercent(m.activePct, LANG) }) : null,
    m.pemdaRegisteredPct !== undefined ? t('factsPemda', { value: formatPercent(m.pemdaRegisteredPct, LANG) }) : null,
  ].filter(Boolean);
  return parts.length ? `<li>${e(t('factsFigures'))}: ${e(parts.join(', '))}${m.asOf ? ` (${e(m.asOf)})` : ''}</li>` : '';
}

function recordHtml(r: AwardRecord, t: T): string {
  const sources = r.sources
    .map((s) => `${link(s.url, s.publisher)}${s.publishedDate ? ` · ${e(t('published', { date: formatDate(s.publishedDate, LANG) }))}` : ''}`)
    .join('; ');
  return [
    '<li>',
    `<strong>${e(t(r.category))}</strong>`,
    '<ul>',
    r.recipient ? `<li>${e(t('recipient'))}: ${e(officialText(r.recipient))}</li>` : '',
    figures(r, t),
    r.note ? `<li>${e(r.note.id)}</li>` : '',
    `<li>${e(t('source'))}: ${sources}</li>`,
    '</ul>',
    '</li>',
  ].join('');
}

/** Where the map's names and borders come from, on every page (a region with no award record still has a source). */
function boundaryCredit(ds: Dataset): string {
  return `<p class="page-facts-credit">${ds.boundarySource.links.map((l) => link(l.href, l.label)).join(' · ')}</p>`;
}

/** A region's page body: name, kind, province and code; the answer; every edition with its records and sources. */
export function regionBody(ds: Dataset, f: RegionFacts, t: T, homeHref: string): string {
  const where = [t(f.region.level), f.province ? `${t('factsProvince')} ${f.province.shortName}` : null, `${t('factsCode')} ${f.region.code}`];
  const records = ds.recordsByCode.get(f.region.code) ?? [];
  const editions = [...f.history].reverse().map((h) => {
    const own = records.filter((r) => r.year === h.year);
    const head = `<h3>${e(t('editionOf', { year: h.year }))}: ${e(h.category ? t(h.category) : t('unknown'))}</h3>`;
    return own.length ? `${head}<ul>${own.map((r) => recordHtml(r, t)).join('')}</ul>` : head;
  });
  return [
    '<article class="page-facts">',
    `<p class="page-facts-site"><a href="${e(homeHref)}">${e(t('siteName'))}</a></p>`,
    `<h1>${e(f.region.name)}</h1>`,
    `<p>${e(where.filter(Boolean).join(' · '))}</p>`,
    `<p class="page-facts-answer"><strong>${e(regionPageTitle(f, t))}</strong></p>`,
    `<p>${e(regionPageDescription(f, t))}</p>`,
    `<h2>${e(t('history'))}</h2>`,
    ...editions,
    boundaryCredit(ds),
    '</article>',
  ].join('\n');
}

/** The national counts of the home view and the completeness line, exactly as the summary panel computes them. */
export function homeCounts(ds: Dataset, t: T) {
  const year = ds.latestYear;
  const rows = nationalRows(ds);
  const { lines, scope } = describeView(ds, rows, DEFAULT_VIEW, year, t, LANG);
  const coverage = recordedOfAnnounced(ds, rows, year, 'kabkota');
  const completeness = coverage && recordedSentence(recordedText(coverage, 'kabkota', t, LANG));
  return { year, lines, place: scope.place, completeness };
}

/**
 * A count's key to the first map beside it: coloured when the map is painted (src/app/first-map.ts, the colour
 * from the same line the legend draws), as the page's security policy allows no style attribute in the HTML.
 */
const swatch = (l: { key: string; color: string; hatch: boolean }) =>
  `<span class="swatch swatch--${e(l.key)}${l.hatch ? ' swatch--hatch' : ''}" data-color="${e(l.color)}" aria-hidden="true"></span> `;

/** The home page's body: what the site is, the latest edition's counts and the completeness line, the data download. */
export function homeBody(ds: Dataset, t: T, csvHref: string): string {
  const { year, lines, place, completeness } = homeCounts(ds, t);
  return [
    '<section class="page-facts" aria-labelledby="page-facts-title">',
    `<h1 id="page-facts-title">${e(t('siteName'))}</h1>`,
    `<p>${e(t('siteTagline'))}</p>`,
    `<h2>${e(t('homeCountsTitle', { year }))}</h2>`,
    `<p>${e(place)}</p>`,
    // Painted before the app's code is in (src/app/first-map.ts); the table under it says the same in words.
    '<div class="page-facts-map"><canvas data-first-map aria-hidden="true"></canvas></div>',
    `<table class="page-facts-counts" data-national-counts><tbody>${lines.map((l) => `<tr data-count="${l.key}"><th scope="row">${swatch(l)}${e(l.label)}</th><td>${e(l.value)}</td></tr>`).join('')}</tbody></table>`,
    completeness ? `<p class="page-facts-recorded">${e(completeness)}</p>` : '',
    `<p><a href="${e(csvHref)}" download>${e(t('homeDataLink'))}</a></p>`,
    boundaryCredit(ds),
    '</section>',
  ].join('\n');
}
