import { useState } from 'react';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { countByStatus } from '@/domain/select-regions';
import { useT } from '@/i18n/use-t';
import type { PngLegendEntry } from '@/map/export-map-png';

import { useViewStore } from '@/state/store';
import { boundaryAttribution } from '@/shared/boundary-attribution';
import { CATEGORY_COLORS, IMPORTED_OUTLINE } from '@/shared/region-paint';
import { downloadBlob } from '@/shared/download';
import { downloadRecordsCsv } from '@/shared/download-records';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/** The filtered view as a CSV the importer reads back, and the map as a PNG with legend and attribution. */
export function ExportActions({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const rows = useRegionRows(dataset);
  const year = useEffectiveYear(dataset);
  const view = useViewStore((s) => s.view);
  const [pngError, setPngError] = useState<string | null>(null);
  const shown = rows.filter((r) => r.matchesFilter);
  const records = shown.flatMap((r) => r.records);

  // The same file as the table's "Unduh CSV": the importer's columns, one row per record, with its origin.
  const csv = () => downloadRecordsCsv(records, year);
  const png = async () => {
    setPngError(null);
    try {
      const { exportMapPng } = await import('@/map/export-map-png');
      const counts = countByStatus(shown);
      const legend: PngLegendEntry[] = CATEGORY_STATUSES.map((s) => ({ label: t(s), color: CATEGORY_COLORS[s], count: counts[s] }));
      if (shown.some((r) => r.imported)) legend.push({ label: t('importedLegend'), color: IMPORTED_OUTLINE, outline: true });
      const blob = await exportMapPng({
        title: `${t('appTitle')} · ${t('editionOf', { year })}`,
        legend,
        attribution: [t('attribution'), boundaryAttribution(dataset.boundarySource, t), `${t('sources')}: ${window.location.href}`],
      });
      downloadBlob(blob, `peta-uhc-${year}.png`);
    } catch (e) {
      setPngError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('exportTitle')}</h3>
      <div className="actions">
        <button type="button" onClick={csv} disabled={records.length === 0} data-testid="export-csv">
          {t('exportCsv', { n: records.length })}
        </button>
        <button type="button" onClick={() => void png()} disabled={view !== 'map'} data-testid="export-png">
          {t('exportPng')}
        </button>
      </div>
      {pngError && (
        <p role="alert" className="flag">
          {t('exportPngFailed', { reason: pngError })}
        </p>
      )}
    </section>
  );
}
