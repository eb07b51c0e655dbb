import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { AwardOutcome, AwardRecord } from '@/domain/award-record';
import { bestEvidenced } from '@/domain/category-status';
import { criteriaForYear } from '@/domain/criteria';
import type { Dataset, RegionWithPolygon } from '@/domain/dataset';
import { SENT_FILE } from '@/domain/imported-layer';
import { regionInEdition } from '@/domain/select-regions';
import { classifyTransition } from '@/domain/transitions';
import { changeText } from '@/shared/view-count-lines';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { CategoryBadge } from '@/shared/category-badge';
import { EvidenceLine } from '@/shared/evidence-line';
import { SourceLink } from '@/shared/source-link';
import { closeRegionPanel, rememberFocusOrigin } from '@/shared/focus-return';
import { regionHistory, type HistoryRow } from '@/shared/region-history';
import { useEffectiveYear } from '@/shared/use-region-rows';
import { CriteriaDetails } from './criteria-details';
import { LocatorMap } from './locator-map';
import { MetricsCheck } from './metrics-check';
import { Officials } from './officials';
import { PrintLink } from './print-link';

// The form (and the row validator behind it) is fetched only when a reader opens it.
const SendDataForm = lazy(() => import('./send-data-form'));

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
          {t(origin.file === SENT_FILE ? 'sentBadge' : 'importedBadge', { file: origin.file, date: formatDate(origin.importedAt.slice(0, 10), lang) })}
        </p>
      )}
      <div className="record-head">
        <CategoryBadge status={record.category} />
        <RecordSource record={record} />
      </div>
      {record.evidence && (
        <p className="record-evidence">
          <EvidenceLine record={record} />
        </p>
      )}
      <MetricsCheck record={record} criteria={criteriaForYear(dataset.criteria, record.year)} />
      <Officials record={record} />
      {record.note && <p className="note muted">{record.note[lang]}</p>}
      <PreviousClaims record={record} />
    </article>
  );
}

/**
 * When sources disagree and one outranks the others (the region's own statement before a remark), which one the
 * map shows and what the others say: the disagreement stays in view.
 */
function PrecedenceNote({ records, shown }: { records: readonly AwardRecord[]; shown: AwardOutcome }) {
  const { t } = useT();
  const best = bestEvidenced(records);
  if (best.length === records.length) return null;
  const others = [...new Set(records.filter((r) => !best.includes(r) && r.category !== shown).map((r) => r.category))];
  if (others.length === 0) return null;
  return (
    <p className="flag" role="note" data-testid="precedence">
      {t('precedenceShown', { category: t(shown), evidence: t(`evidence-${best[0]!.evidence ?? 'stated'}`), others: others.map((c) => t(c)).join(', ') })}
    </p>
  );
}

/** What the page says about earlier awards, in the reader's language (an import's free text as written). */
function PreviousClaims({ record }: { record: AwardRecord }) {
  const { t } = useT();
  const listed = record.previous.filter((p) => p.ordinal === undefined);
  const ordinal = record.previous.find((p) => p.ordinal !== undefined)?.ordinal;
  const claim = (p: AwardRecord['previous'][number]) =>
    p.category === null
      ? p.text
      : p.year === null
        ? t('previousNoYear', { category: t(p.category) })
        : p.category === 'awarded'
          ? t('previousAwarded', { year: p.year })
          : t('previousClaim', { year: p.year, category: t(p.category) });
  if (listed.length === 0 && ordinal === undefined) return null;
  return (
    <p className="muted" data-testid="previous-claims">
      {listed.length > 0 && `${t('previousClaims')} ${listed.map(claim).join('; ')}${ordinal !== undefined ? '. ' : ''}`}
      {ordinal !== undefined && t('previousOrdinal', { n: ordinal })}
    </p>
  );
}

function HistoryList({ history }: { history: HistoryRow[] }) {
  const { t } = useT();
  return (
    <>
      <h3>{t('history')}</h3>
      <ol className="history">
        {history.map((h, i) => {
          // Compared with the previous edition that has a record, as the change filter does; its year is named.
          const prev = history.slice(0, i).findLast((p) => p.category !== null);
          const change = prev?.category && h.category ? classifyTransition(prev.category, h.category) : null;
          return (
            <li key={h.year} data-testid={`history-${h.year}`} className={h.category ? undefined : 'muted'}>
              {!h.category
                ? t('historyNoData', { year: h.year })
                : prev?.category && change
                  ? t('historyChange', {
                      from: t(prev.category),
                      fromYear: prev.year,
                      to: t(h.category),
                      toYear: h.year,
                      change: changeText(change, { year: h.year, base: prev.year }, t),
                    })
                  : `${t(h.category)} ${h.year}`}
              {h.claimed && <span className="muted"> ({t('claimedEdition', { year: h.year })})</span>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** Today as YYYY-MM-DD in the reader's time zone, for the printed page. */
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Everything we know about one region in the selected edition, each fact with its source. */
export function RegionPanel({ dataset, code }: { dataset: Dataset; code: string }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const selectRegion = useViewStore((s) => s.selectRegion);
  const heading = useRef<HTMLHeadingElement>(null);
  const section = useRef<HTMLElement>(null);
  const region = dataset.byCode.get(code);
  const [sendOpen, setSendOpen] = useState(false);

  useEffect(() => {
    rememberFocusOrigin(section.current);
    heading.current?.focus();
  }, [code]);

  if (!region) return null;
  const all = dataset.recordsByCode.get(code) ?? [];
  const { records: current, outcome: status, conflict, inferred } = regionInEdition(all, year);
  const edition = dataset.editions.find((e) => e.year === year);
  const province = dataset.byCode.get(region.provinceCode);
  const provinceRecords = region.level === 'provinsi' ? [] : (dataset.recordsByCode.get(region.provinceCode) ?? []).filter((r) => r.year === year);
  const polygon = (region as RegionWithPolygon).polygon;
  const criteria = criteriaForYear(dataset.criteria, year);

  const history = regionHistory(all, dataset.editions);
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
        <PrintLink dataset={dataset} />
        {region.level !== 'provinsi' && <LocatorMap code={code} provinceCode={region.provinceCode} label={t('locatorMap', { region: region.name })} />}
      </div>
      {status ? (
        <p className="status-line" data-testid="panel-status">
          <CategoryBadge status={status} /> <span className="muted">{year}</span>
          {conflict && <span className="flag"> {t('conflict')}</span>}
          {inferred && (
            <>
              {' · '}
              <EvidenceLine record={current.find((r) => r.category === status && r.evidence === 'list')!} />
            </>
          )}
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
      {conflict && status && <PrecedenceNote records={current} shown={status} />}
      {status === 'none' && <p className="muted">{t('notAwarded')}</p>}
      {status === 'awarded' && <p className="muted">{t('awardedNote')}</p>}
      <div className={conflict || current.length > 1 ? 'records records--side' : 'records'}>
        {current.map((r) => (
          <RecordCard key={r.id} record={r} dataset={dataset} />
        ))}
      </div>

      {sendOpen ? (
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          <SendDataForm
            dataset={dataset}
            code={code}
            year={year}
            onClose={() => {
              setSendOpen(false);
              requestAnimationFrame(() => section.current?.querySelector<HTMLElement>('[data-testid="send-open"]')?.focus());
            }}
          />
        </Suspense>
      ) : (
        <p className="send-invite">
          {!status && <span className="muted">{t('sendInvite')} </span>}
          <button type="button" onClick={() => setSendOpen(true)} data-testid="send-open">
            {t('sendOpen')}
          </button>
        </p>
      )}

      {criteria && <CriteriaDetails criteria={criteria} />}

      {history.some((h) => h.category) && <HistoryList history={history} />}

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
