import { useEffect, useRef } from 'react';
import type { AwardRecord } from '@/domain/award-record';
import { highestOutcome } from '@/domain/category-status';
import { criteriaForYear } from '@/domain/criteria';
import type { Dataset, RegionWithPolygon } from '@/domain/dataset';
import { regionInEdition } from '@/domain/select-regions';
import { classifyTransition } from '@/domain/transitions';
import { changeText } from '@/shared/view-count-lines';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { CategoryBadge } from '@/shared/category-badge';
import { SourceLink } from '@/shared/source-link';
import { rememberFocusOrigin, restoreFocus } from '@/shared/focus-return';
import { useEffectiveYear } from '@/shared/use-region-rows';
import { CriteriaDetails } from './criteria-details';
import { LocatorMap } from './locator-map';
import { MetricsCheck } from './metrics-check';
import { Officials } from './officials';

/** The source link, or for an imported row without one, the file it came from. */
function RecordSource({ record }: { record: AwardRecord }) {
  const { t } = useT();
  const source = record.sources[0];
  if (source) return <SourceLink source={source} />;
  return <span className="muted">{t('sourceImported', { file: record.origin.file })}</span>;
}

function RecordCard({ record, dataset }: { record: AwardRecord; dataset: Dataset }) {
  const { t, lang } = useT();
  const origin = record.origin;
  return (
    <article className={origin.kind === 'imported' ? 'record record--imported' : 'record'} data-testid="record" data-origin={origin.kind}>
      {origin.kind === 'imported' && (
        <p className="imported-tag" data-testid="imported-badge">
          {t('importedBadge', { file: origin.file, date: formatDate(origin.importedAt.slice(0, 10), lang) })}
        </p>
      )}
      <div className="record-head">
        <CategoryBadge status={record.category} />
        <RecordSource record={record} />
      </div>
      <MetricsCheck record={record} criteria={criteriaForYear(dataset.criteria, record.year)} />
      <Officials record={record} />
      {record.note && <p className="note muted">{record.note[lang]}</p>}
      {record.previous.length > 0 && (
        <p className="muted" data-testid="previous-claims">
          {t('previousClaims')}{' '}
          {record.previous
            .map((p) => (p.year !== null && p.category !== null ? t('previousClaim', { year: p.year, category: t(p.category) }) : p.text))
            .join('; ')}
        </p>
      )}
    </article>
  );
}

/** Today as YYYY-MM-DD in the reader's time zone, for the printed page. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Closes the panel and sends focus back where it came from (the map when that is gone). */
export function closeRegionPanel(selectRegion: (code: string | null) => void): void {
  selectRegion(null);
  restoreFocus(() => document.querySelector<HTMLElement>('[data-testid="map"]') ?? document.querySelector<HTMLElement>('#region-search'));
}

/** Everything we know about one region in the selected edition, each fact with its source. */
export function RegionPanel({ dataset, code }: { dataset: Dataset; code: string }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const selectRegion = useViewStore((s) => s.selectRegion);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const region = dataset.byCode.get(code);

  useEffect(() => {
    rememberFocusOrigin(section.current);
    heading.current?.focus();
  }, [code]);

  if (!region) return null;
  const all = dataset.recordsByCode.get(code) ?? [];
  const { records: current, outcome: status, conflict } = regionInEdition(all, year);
  const edition = dataset.editions.find((e) => e.year === year);
  const province = dataset.byCode.get(region.provinceCode);
  const provinceRecords = region.level === 'provinsi' ? [] : (dataset.recordsByCode.get(region.provinceCode) ?? []).filter((r) => r.year === year);
  const polygon = (region as RegionWithPolygon).polygon;
  const criteria = criteriaForYear(dataset.criteria, year);

  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => a - b);
  const history = years.map((y) => ({ year: y, category: highestOutcome(all.filter((r) => r.year === y))! }));

  return (
    <section ref={section} className="panel region-panel" aria-labelledby="region-title" data-testid="region-panel">
      <div className="panel-head">
        <h2 id="region-title" ref={heading} tabIndex={-1}>
          {region.name}
        </h2>
        <button type="button" className="print-button" onClick={() => window.print()} data-testid="print">
          {t('print')}
        </button>
        <button type="button" className="close" onClick={() => closeRegionPanel(selectRegion)} aria-label={t('close')}>
          ×
        </button>
      </div>
      <div className="print-only print-head" data-testid="print-head">
        <p>
          <strong>{t('appTitle')}</strong> · {t('printedOn', { date: formatDate(today(), lang) })}
        </p>
        <p className="print-link">{window.location.href}</p>
        {region.level !== 'provinsi' && <LocatorMap code={code} provinceCode={region.provinceCode} label={t('locatorMap', { region: region.name })} />}
      </div>
      {status ? (
        <p className="status-line" data-testid="panel-status">
          <CategoryBadge status={status} /> <span className="muted">{year}</span>
          {conflict && <span className="flag"> {t('conflict')}</span>}
        </p>
      ) : (
        <p className="muted" data-testid="panel-status">
          {t('noRecord')}
        </p>
      )}
      <p className="muted">
        {t(region.level)}
        {province && region.level !== 'provinsi' ? ` · ${province.name}` : ''} · {code}
      </p>
      {polygon?.kind === 'inside' && <p className="flag">{t('polygonInside', { parent: dataset.byCode.get(polygon.coveredBy)?.name ?? polygon.coveredBy })}</p>}

      <h3>
        {t('editionOf', { year })}
        {edition?.eventDate && <span className="muted"> · {formatDate(edition.eventDate, lang)}</span>}
      </h3>
      {status === 'none' && <p className="muted">{t('notAwarded')}</p>}
      {status === 'awarded' && <p className="muted">{t('awardedNote')}</p>}
      <div className={conflict || current.length > 1 ? 'records records--side' : 'records'}>
        {current.map((r) => (
          <RecordCard key={r.id} record={r} dataset={dataset} />
        ))}
      </div>

      {criteria && <CriteriaDetails criteria={criteria} />}

      {history.length > 0 && (
        <>
          <h3>{t('history')}</h3>
          <ol className="history">
            {history.map((h, i) => {
              const prev = history[i - 1];
              const change = prev ? classifyTransition(prev.category, h.category) : null;
              return (
                <li key={h.year} data-testid={`history-${h.year}`}>
                  {prev && change
                    ? t('historyChange', {
                        from: t(prev.category),
                        fromYear: prev.year,
                        to: t(h.category),
                        toYear: h.year,
                        change: changeText(change, { year: h.year, base: prev.year }, t),
                      })
                    : `${t(h.category)} ${h.year}`}
                  {dataset.editions.find((e) => e.year === h.year)?.status === 'claimed' && (
                    <span className="muted"> ({t('claimedEdition', { year: h.year })})</span>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}

      {province && region.level !== 'provinsi' && (
        <>
          <h3>
            {t('provinceAward')}: {province.name}
          </h3>
          {provinceRecords.length ? (
            provinceRecords.map((r) => (
              <p key={r.id}>
                <CategoryBadge status={r.category} /> <RecordSource record={r} />
              </p>
            ))
          ) : (
            <p className="muted">{t('noRecord')}</p>
          )}
        </>
      )}
    </section>
  );
}
