import { METRIC_KEYS, type AwardRecord, type MetricKey } from '@/domain/award-record';
import { classifyAward, findCategoryMismatch, type EditionCriteria } from '@/domain/criteria';
import { figuresEqualToThreshold } from '@/domain/threshold-echo';
import type { MessageKey } from '@/i18n/dictionary';
import { formatDate, formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { GapTable, METRIC_DEFINITION, METRIC_NOUN } from './gap-table';

export const METRIC_LABEL: Record<MetricKey, MessageKey> = { coveragePct: 'coverage', activePct: 'active', pemdaRegisteredPct: 'pemdaShare' };

/** The record's figures against the edition's thresholds: each check, the supported category, the gap to every tier, and a mismatch flag. */
export function MetricsCheck({ record, criteria }: { record: AwardRecord; criteria?: EditionCriteria }) {
  const { t, lang } = useT();
  const stated = METRIC_KEYS.filter((k) => record.metrics[k] !== undefined);
  if (stated.length === 0) return null;
  const result = criteria ? classifyAward(record.metrics, criteria) : null;
  // Thresholds shown are those of the reported category (Pratama's for a region not awarded); for an award
  // without a stated category, those of the category the figures support.
  const against = record.category === 'none' ? 'pratama' : record.category === 'awarded' ? (result?.category ?? 'pratama') : record.category;
  const checks = result?.checks.filter((c) => c.category === against || c.category === 'entry') ?? [];
  // The figures without which no category can be read (a missing pemda share never blocks one).
  const essentialMissing = [...new Set(result?.checks.filter((c) => c.status === 'missing' && c.essential).map((c) => c.metric))];
  const mismatch = result ? findCategoryMismatch(record.category, result) : null;
  const catName = (c: string) => (c === 'none' ? t('none') : t(c as MessageKey));
  const echoes = figuresEqualToThreshold(record.metrics, criteria);

  return (
    <div className="metrics">
      <table>
        <caption>
          {t('metrics')}
          {record.metrics.asOf && <span className="muted"> ({t('asOf', { date: formatDate(record.metrics.asOf, lang) })})</span>}
        </caption>
        <tbody>
          {METRIC_KEYS.map((k) => {
            const check = checks.find((c) => c.metric === k);
            const value = record.metrics[k];
            if (value === undefined && !check) return null;
            return (
              <tr key={k} className={check ? `check check--${check.status}` : undefined}>
                <th scope="row" title={t(METRIC_DEFINITION[k])}>
                  {t(METRIC_LABEL[k])}
                </th>
                <td>{value !== undefined ? formatPercent(value, lang) : '–'}</td>
                <td className="muted">{check ? `${t('threshold')} ≥ ${formatPercent(check.threshold, lang)}` : ''}</td>
                <td>
                  {check ? (
                    <span className={`status status--${check.status}`}>
                      {check.status === 'pass' ? '✓ ' : check.status === 'fail' ? '✗ ' : ''}
                      {t(check.status)}
                    </span>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {result && result.category !== null && (
        <p data-testid="supported">
          {result.category === 'none'
            ? t('supportedNone')
            : record.category === 'awarded'
              ? t('supportedReading', { year: record.year, category: catName(result.category) })
              : t('supported', { category: catName(result.category) })}
        </p>
      )}
      {result && result.category === null && criteria && criteria.categories.length > 0 && (
        <p className="muted" data-testid="supported-unknown">
          {t('supportedUnknownMissing', { metrics: essentialMissing.map((m) => t(METRIC_NOUN[m])).join(', ') })}
        </p>
      )}
      {echoes.map((k) => (
        <p key={k} className="flag" role="note" data-testid="threshold-echo">
          ⚠ {t(METRIC_LABEL[k])} {formatPercent(record.metrics[k]!, lang)}: {t('thresholdEcho')}
        </p>
      ))}
      {criteria && <GapTable metrics={record.metrics} criteria={criteria} />}
      {mismatch && (
        <p className="flag" role="note" data-testid="mismatch">
          ⚠ {t('mismatch', { reported: catName(mismatch.reported), supported: catName(mismatch.supported) })}
        </p>
      )}
    </div>
  );
}
