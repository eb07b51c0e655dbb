import type { EditionCriteria } from '@/domain/criteria';
import type { MessageKey } from '@/i18n/dictionary';
import { formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { SourceList } from '@/shared/source-link';
import { METRIC_LABEL } from './metrics-check';

/** The edition's rules as reported, the conditions no figure can check, and the variant statements, each with sources. */
export function CriteriaDetails({ criteria }: { criteria: EditionCriteria }) {
  const { t, lang } = useT();
  const routeText = (conds: EditionCriteria['categories'][number]['routes'][number]['conditions']) =>
    conds
      .map(
        (c) =>
          `${t(METRIC_LABEL[c.metric])} ≥ ${formatPercent(c.min, lang)}${c.waivedWhen ? ` (${t('waived')}: ${t(METRIC_LABEL[c.waivedWhen.metric])} ${formatPercent(c.waivedWhen.min, lang)})` : ''}`,
      )
      .join(', ');
  return (
    <details className="criteria">
      <summary>{t('criteriaTitle', { year: criteria.year })}</summary>
      <ul>
        {criteria.categories.map((c) => (
          <li key={c.category}>
            <strong>{t(c.category as MessageKey)}</strong>: {c.routes.map((r) => routeText(r.conditions)).join(` ${t('or')} `)}
            {c.otherConditions.length > 0 && (
              <div className="muted small">
                {t('otherConditions')}: {c.otherConditions.join('; ')}
              </div>
            )}
          </li>
        ))}
        {criteria.entry && (
          <li>
            <strong>{t('entryThreshold')}</strong>: {routeText(criteria.entry.conditions)}
          </li>
        )}
      </ul>
      <SourceList sources={criteria.sources} />
      {criteria.variants.length > 0 && (
        <>
          <h4>{t('variants')}</h4>
          <ul>
            {criteria.variants.map((v) => (
              <li key={v.id}>
                {v.text}
                <SourceList sources={v.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
