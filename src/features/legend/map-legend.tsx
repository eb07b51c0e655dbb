import './legend.css';
import { useState } from 'react';
import type { CategoryStatus } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import type { MapClass } from '@/domain/select-regions';
import { CHANGE_FILTERS, type ChangeFilter } from '@/domain/transitions';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';
import { IMPORTED_OUTLINE } from '@/shared/region-paint';
import { useViewDescription } from '@/shared/use-region-rows';
import { scopeText } from '@/shared/view-count-lines';
import { EmptyViewReason } from '@/shared/empty-view-reason';
import { legendChipText } from './legend-chip';

const isChangeFilter = (k: MapClass): k is ChangeFilter => (CHANGE_FILTERS as readonly string[]).includes(k);

/**
 * Each class with its count in the view (src/shared/view-count-lines.ts: a class the filter hides says so, a
 * narrowed count says "of how many"); a class can be toggled as a filter from here.
 */
export function MapLegend({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const { years, counts, lines, scope, sentence } = useViewDescription(dataset);
  const mode = useViewStore((s) => s.mode);
  const categories = useViewStore((s) => s.categories);
  const changes = useViewStore((s) => s.changes);
  const toggleCategory = useViewStore((s) => s.toggleCategory);
  const toggleChange = useViewStore((s) => s.toggleChange);
  // On a phone the legend folds into a chip so the map keeps the screen.
  const [open, setOpen] = useState(false);
  const pressed = (k: MapClass) => (mode === 'change' ? (changes as readonly string[]).includes(k) : categories.includes(k as CategoryStatus));
  const toggle = (k: MapClass) => (mode === 'change' ? isChangeFilter(k) && toggleChange(k) : toggleCategory(k as CategoryStatus));
  return (
    <div className="legend" role="group" aria-label={t('legend')} data-testid="legend" data-open={open} data-mode={mode}>
      <button type="button" className="phone-only legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="legend-toggle">
        <span>
          <span className="sr-only">{t('legend')}</span> {legendChipText({ counts, scope }, t, lang)}
        </span>
      </button>
      {/* The map's text equivalent, read out when the filter changes. */}
      <p id="map-summary" className="sr-only" aria-live="polite" data-testid="map-summary">
        {sentence}
      </p>
      <strong>{scope.comparison ?? t('editionOf', { year: years.year })}</strong>
      <p className="legend-scope" data-testid="legend-scope">
        {scopeText(scope, false)}
      </p>
      <EmptyViewReason dataset={dataset} description={{ years, counts, scope }} />
      <ul>
        {lines.map((l) => {
          const body = (
            <>
              <span className={`swatch swatch--${l.key}${l.hatch ? ' swatch--hatch' : ''}`} style={{ background: l.color }} aria-hidden="true" />
              <span>{l.label}</span>
              <span className="count" data-testid={`legend-${l.key}`} title={l.value}>
                {l.short}
              </span>
            </>
          );
          return (
            <li key={l.key}>
              {/* "No data in either edition" is not a change one can filter on: a line, not a button. */}
              {mode === 'change' && !isChangeFilter(l.key) ? (
                <div className="legend-item">{body}</div>
              ) : (
                <button type="button" className="legend-item" aria-pressed={pressed(l.key)} onClick={() => toggle(l.key)} data-hidden={l.hidden}>
                  {body}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {/* An inference is not a statement: the legend says how many of a class rest on a complete list alone. */}
      {counts.classes.some((c) => c.inferredShown > 0) && (
        <p className="legend-inferred muted" data-testid="legend-inferred">
          {t('legendInferred', {
            list: counts.classes
              .filter((c) => c.inferredShown > 0)
              .map((c) => `${lines.find((l) => l.key === c.key)!.label} ${formatNumber(c.inferredShown, lang)}`)
              .join(', '),
          })}
        </p>
      )}
      {counts.importedShown > 0 && (
        <p className="legend-imported" data-testid="legend-imported">
          <span className="swatch swatch--imported" style={{ borderColor: IMPORTED_OUTLINE }} aria-hidden="true" /> {t('importedLegend')}:{' '}
          {formatNumber(counts.importedShown, lang)}
        </p>
      )}
    </div>
  );
}
