import './summary.css';
import { CATEGORIES, type TotalStatement } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { recordedOfAnnounced, summarizeProvinces } from '@/domain/select-regions';
import { formatDate, formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { CategoryBadge } from '@/shared/category-badge';
import { EmptyViewReason } from '@/shared/empty-view-reason';
import { SourceList } from '@/shared/source-link';
import { useEffectiveYear, useRegionRows, useViewDescription } from '@/shared/use-region-rows';
import { recordedText, scopeText } from '@/shared/view-count-lines';
import { ShownRegionsList } from './shown-regions-list';
import { TransitionMatrixTable } from './transition-matrix';

function TotalLine({ statements, label }: { statements: TotalStatement[]; label: string }) {
  const { t, lang } = useT();
  const preferred = statements.find((s) => s.preferred) ?? statements[0];
  if (!preferred) return null;
  const others = statements.filter((s) => s !== preferred);
  return (
    <div className="total-line">
      <div>
        <strong>{label}:</strong> {formatNumber(preferred.value, lang)}
      </div>
      <SourceList sources={preferred.sources} />
      {others.length > 0 && (
        <div className="conflicts">
          <span className="muted">{t('otherStatements')}: </span>
          {others.map((o) => (
            <div key={`${o.value}-${o.sources[0]?.url}`} className="conflict">
              <strong>{formatNumber(o.value, lang)}</strong>
              {o.note && <span className="muted"> — {o.note[lang]}</span>}
              <SourceList sources={o.sources} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** When nothing is selected: counts for the filter and edition, set against what was announced. */
export function SummaryPanel({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const rows = useRegionRows(dataset);
  const setProvinces = useViewStore((s) => s.setProvinces);
  const filterProvinces = useViewStore((s) => s.provinces);
  const byProvince = useViewStore((s) => s.level) === 'provinsi';
  const filtered = rows.filter((r) => r.matchesFilter);
  const description = useViewDescription(dataset);
  const { lines, scope } = description;
  const mode = useViewStore((s) => s.mode);
  const categoryFilter = useViewStore((s) => s.categories);
  const edition = dataset.editions.find((e) => e.year === year);
  const level = byProvince ? 'provinsi' : 'kabkota';
  const coverage = recordedOfAnnounced(dataset, rows, year, level);
  const recorded = coverage && recordedText(coverage, level, t, lang);
  // Per province (kab/kota level only: on the province map each row is a province already).
  const provinces = byProvince ? [] : summarizeProvinces(dataset, filtered, year).filter((p) => p.total > 0);
  // How much of each province the data knows, whatever the category filter.
  const whole = new Map(byProvince ? [] : summarizeProvinces(dataset, rows, year).map((p) => [p.code, p]));
  const recordedIn = (code: string) => {
    const p = whole.get(code)!;
    return { n: formatNumber(p.total - p.counts.unknown, lang), total: formatNumber(p.total, lang), province: p.name };
  };
  // A category the filter hides is left out of the per-province table, never shown as a column of zeros.
  const columns = [...CATEGORIES, 'awarded' as const].filter((c) => categoryFilter.length === 0 || categoryFilter.includes(c));
  const subjects = ['kabkota', 'utama', 'madya', 'pratama', 'provinces', 'pemda'] as const;

  return (
    <section className="panel summary" aria-labelledby="summary-title">
      <h2 id="summary-title">
        {t('summary')} · {t('editionOf', { year })}
      </h2>
      {edition?.eventDate && (
        <p className="muted">
          {t('ceremony', { date: formatDate(edition.eventDate, lang) })}
          {edition.venue ? `, ${edition.venue}` : ''}
        </p>
      )}

      <h3>{t(byProvince ? 'countsForProvinces' : 'countsFor', { year })}</h3>
      <p className="summary-scope" data-testid="summary-scope">
        {scopeText(scope)}
      </p>
      <EmptyViewReason dataset={dataset} description={description} />
      <table className="counts">
        <tbody>
          {lines.map((l) => (
            <tr key={l.key} data-hidden={l.hidden}>
              <th scope="row">
                <span className={`swatch${l.hatch ? ' swatch--hatch' : ''}`} style={{ background: l.color }} aria-hidden="true" /> {l.label}
              </th>
              <td data-testid={`count-${l.key}`}>{l.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.some((l) => l.partial) && (
        <p className="muted small">{t('countsNarrowedNote', { example: t('countOf', { shown: 2, total: 10 }), place: scope.place })}</p>
      )}
      {mode === 'change' && <ShownRegionsList dataset={dataset} years={description.years} />}
      {!byProvince && filterProvinces.length > 0 && (
        <ul className="province-recorded" data-testid="province-recorded">
          {filterProvinces.map((code) => (
            <li key={code}>{t('provinceRecordedLine', recordedIn(code))}</li>
          ))}
        </ul>
      )}
      {recorded && (
        <p className="recorded" data-testid="recorded-of">
          <strong>{recorded.recorded}</strong>
          {recorded.awarded && <> ({recorded.awarded})</>}. {t('recordedNote')}
        </p>
      )}

      {edition && edition.totals.length > 0 && (
        <details className="announced" open>
          <summary>{t('announcedTotals')}</summary>
          {subjects.map((s) => {
            const statements = edition.totals.filter((x) => x.subject === s);
            const label = s === 'kabkota' ? t('regions') : s === 'provinces' ? t('provinces') : s === 'pemda' ? 'Pemda' : t(s);
            return statements.length ? <TotalLine key={s} statements={statements} label={label} /> : null;
          })}
        </details>
      )}
      {edition?.status === 'claimed' && <p className="muted">{t('claimedEdition', { year })}</p>}

      {provinces.length > 0 && (
        <>
          <h3>{t('perProvince')}</h3>
          {/* Wider than the side panel with every column shown: it scrolls sideways within itself, the panel does not. */}
          <div className="wide-table" role="region" aria-label={t('perProvinceScroll')} tabIndex={0} data-testid="province-table-scroll">
            <table className="province-table">
              <thead>
                <tr>
                  <th scope="col">{t('province')}</th>
                  {columns.map((c) => (
                    <th scope="col" key={c}>
                      {c === 'awarded' ? t('awardedShort') : t(c)}
                    </th>
                  ))}
                  <th scope="col">{t('recordedHeader')}</th>
                  <th scope="col">{t('provinceAward')}</th>
                </tr>
              </thead>
              <tbody>
                {provinces.map((p) => (
                  <tr key={p.code}>
                    <th scope="row">
                      <button type="button" className="link" onClick={() => setProvinces([p.code])}>
                        {p.name}
                      </button>
                    </th>
                    {columns.map((c) => (
                      <td key={c}>{p.counts[c] ? formatNumber(p.counts[c], lang) : ''}</td>
                    ))}
                    <td data-testid={`province-recorded-${p.code}`}>{t('provinceRecorded', recordedIn(p.code))}</td>
                    <td>{p.own ? <CategoryBadge status={p.own} /> : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <TransitionMatrixTable dataset={dataset} />
    </section>
  );
}
