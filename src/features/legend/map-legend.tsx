import { useState } from 'react';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { countByStatus } from '@/domain/select-regions';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

import { useViewStore } from '@/state/store';
import { CATEGORY_COLORS, IMPORTED_OUTLINE } from '@/shared/region-paint';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/** Each class with its count in the current filter; a class can be toggled as a filter from here. */
export function MapLegend({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const year = useEffectiveYear(dataset);
  const rows = useRegionRows(dataset);
  const selected = useViewStore((s) => s.categories);
  const toggle = useViewStore((s) => s.toggleCategory);
  const provinces = useViewStore((s) => s.provinces);
  const shown = rows.filter((r) => r.matchesFilter);
  const counts = countByStatus(shown);
  const importedCount = shown.filter((r) => r.imported).length;
  const place = provinces.length ? provinces.map((p) => dataset.byCode.get(p)?.name ?? p).join(', ') : t('allIndonesia');
  // On a phone the legend folds into a chip so the map keeps the screen.
  const [open, setOpen] = useState(false);
  const summary = t('mapSummary', { place, year, counts: CATEGORY_STATUSES.map((c) => `${formatNumber(counts[c], lang)} ${t(c)}`).join(', ') });
  return (
    <div className="legend" role="group" aria-label={t('legend')} data-testid="legend" data-open={open}>
      <button type="button" className="phone-only legend-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)} data-testid="legend-toggle">
        {t('legend')} · {formatNumber(shown.length - counts.unknown, lang)}/{formatNumber(shown.length, lang)}
      </button>
      {/* The map's text equivalent, read out when the filter changes. */}
      <p id="map-summary" className="sr-only" aria-live="polite" data-testid="map-summary">
        {summary}
      </p>
      <strong>{t('editionOf', { year })}</strong>
      <ul>
        {CATEGORY_STATUSES.map((c) => (
          <li key={c}>
            <button type="button" className="legend-item" aria-pressed={selected.includes(c)} onClick={() => toggle(c)}>
              <span className={`swatch swatch--${c}`} style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" />
              <span>{t(c)}</span>
              <span className="count" data-testid={`legend-${c}`}>
                {formatNumber(counts[c], lang)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {importedCount > 0 && (
        <p className="legend-imported" data-testid="legend-imported">
          <span className="swatch swatch--imported" style={{ borderColor: IMPORTED_OUTLINE }} aria-hidden="true" /> {t('importedLegend')}:{' '}
          {formatNumber(importedCount, lang)}
        </p>
      )}
    </div>
  );
}
