import type { MetricKey, Metrics } from '@/domain/award-record';
import type { EditionCriteria } from '@/domain/criteria';
import { gapsToEveryTier, type FigureGap, type TierGap } from '@/domain/tier-gaps';
import type { MessageKey } from '@/i18n/dictionary';
import { formatPercent, formatPoints } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

/** The figure as a noun inside a sentence ("kurang 1,0 poin persen cakupan"). */
export const METRIC_NOUN: Record<MetricKey, MessageKey> = {
  coveragePct: 'metricNounCoverage',
  activePct: 'metricNounActive',
  pemdaRegisteredPct: 'metricNounPemda',
};
/** What the figure means, for a tooltip and the lines under the table. */
export const METRIC_DEFINITION: Record<MetricKey, MessageKey> = { coveragePct: 'defCoverage', activePct: 'defActive', pemdaRegisteredPct: 'defPemda' };

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function useFigureText() {
  const { t, lang } = useT();
  return (f: FigureGap): string => {
    const pct = (v: number) => formatPercent(v, lang);
    const metric = t(METRIC_NOUN[f.metric]);
    const threshold = pct(f.threshold);
    switch (f.kind) {
      case 'met':
        return capitalize(t('gapMet', { metric, value: pct(f.value), threshold }));
      case 'short':
        return capitalize(t('gapShort', { metric, value: pct(f.value), threshold, points: formatPoints(f.points, lang) }));
      case 'missing':
        return capitalize(t(f.essential ? 'gapMissing' : 'gapMissingMinor', { metric, threshold }));
      case 'waived':
        return capitalize(
          t('gapWaived', { metric, threshold, waiver: t(METRIC_NOUN[f.waivedBy.metric]), min: pct(f.waivedBy.min), value: pct(f.waivedBy.value) }),
        );
    }
  };
}

const OUTCOME: Record<TierGap['outcome'], MessageKey> = { met: 'gapOutcomeMet', partial: 'gapOutcomePartial', short: 'gapOutcomeShort' };

/**
 * "Menuju Utama / Madya / Pratama": a record's figures against every tier of its edition, each figure met, short
 * by so many percentage points, waived or not stated, and what each figure means. A reading, never the award.
 */
export function GapTable({ metrics, criteria }: { metrics: Metrics; criteria: EditionCriteria }) {
  const { t } = useT();
  const figureText = useFigureText();
  const tiers = gapsToEveryTier(metrics, criteria);
  if (tiers.length === 0) return null;
  const shown = [...new Set(tiers.flatMap((g) => g.figures.map((f) => f.metric)))];
  const anyShort = tiers.some((g) => g.figures.some((f) => f.kind === 'short'));
  return (
    <div className="gap-table" data-testid="gap-table">
      <table>
        <caption>{t('gapTitle')}</caption>
        <tbody>
          {tiers.map((g) => (
            <tr key={g.tier} className={`gap gap--${g.outcome}`} data-testid={`gap-${g.tier}`}>
              <th scope="row">{g.tier === 'entry' ? t('entryThreshold') : t('gapTowards', { category: t(g.tier) })}</th>
              <td>
                <ul>
                  {g.figures.map((f) => (
                    <li key={f.metric} className={`gap-figure gap-figure--${f.kind}`}>
                      {figureText(f)}
                    </li>
                  ))}
                </ul>
                <span className="gap-outcome">{t(OUTCOME[g.outcome])}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('gapIntro', { year: criteria.year })}</p>
      <ul className="gap-definitions muted small">
        {shown.map((m) => (
          <li key={m}>{t(METRIC_DEFINITION[m])}</li>
        ))}
        {anyShort && <li>{t('defPoints')}</li>}
      </ul>
    </div>
  );
}
