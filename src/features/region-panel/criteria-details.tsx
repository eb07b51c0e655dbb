import { useEffect, useRef, type RefObject } from 'react';
import type { EditionCriteria } from '@/domain/criteria';
import type { MessageKey } from '@/i18n/dictionary';
import { formatPercent } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { SourceList } from '@/shared/source-link';
import { METRIC_NOUN } from './gap-table';
import { METRIC_LABEL } from './metrics-check';

/**
 * Paper cannot be clicked: a folded <details> opens for printing and folds back after. print.css opens it too
 * (::details-content) for engines and PDF renderers that print without the beforeprint event.
 */
function useOpenWhilePrinting(ref: RefObject<HTMLDetailsElement | null>) {
  useEffect(() => {
    let wasOpen: boolean | null = null;
    const open = () => {
      const el = ref.current;
      if (!el || wasOpen !== null) return;
      wasOpen = el.open;
      el.open = true;
    };
    const restore = () => {
      if (ref.current && wasOpen !== null) ref.current.open = wasOpen;
      wasOpen = null;
    };
    window.addEventListener('beforeprint', open);
    window.addEventListener('afterprint', restore);
    return () => {
      window.removeEventListener('beforeprint', open);
      window.removeEventListener('afterprint', restore);
    };
  }, [ref]);
}

/** The edition's rules as reported, the conditions no figure can check, and the variant statements, each with sources. */
export function CriteriaDetails({ criteria }: { criteria: EditionCriteria }) {
  const { t, lang } = useT();
  const details = useRef<HTMLDetailsElement>(null);
  useOpenWhilePrinting(details);
  const routeText = (conds: EditionCriteria['categories'][number]['routes'][number]['conditions']) =>
    conds
      .map(
        (c) =>
          `${t(METRIC_LABEL[c.metric])} ≥ ${formatPercent(c.min, lang)}${c.waivedWhen ? ` (${t('criteriaWaivedWhen', { metric: t(METRIC_NOUN[c.waivedWhen.metric]), min: formatPercent(c.waivedWhen.min, lang) })})` : ''}`,
      )
      .join(', ');
  return (
    <details className="criteria" ref={details} data-testid="criteria">
      <summary>{t('criteriaTitle', { year: criteria.year })}</summary>
      <ul>
        {criteria.categories.map((c) => (
          <li key={c.category}>
            <strong>{t(c.category as MessageKey)}</strong>: {c.routes.map((r) => routeText(r.conditions)).join(` ${t('or')} `)}
            {c.otherConditions.length > 0 && (
              <div className="muted small">
                {t('otherConditions')}: {c.otherConditions.map((o) => o[lang]).join('; ')}
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
          <ul className="criteria-variants">
            {criteria.variants.map((v) => (
              <li key={v.id}>
                {v.text[lang]}
                <SourceList sources={v.sources} />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
