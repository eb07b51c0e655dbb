import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { boundariesQuery } from '@/data/load-boundaries';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';

import { currentMapExportInfo } from '@/shared/map-export-info';
import { useViewStore, viewStateOf } from '@/state/store';
import { downloadRecordsCsv } from '@/shared/download-records';
import { exportFileName } from '@/shared/table-csv';
import { useBaselineYear, useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/** The filtered view as a CSV the importer reads back, and the map as a PNG with legend and attribution. */
export function ExportActions({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
  const rows = useRegionRows(dataset);
  const year = useEffectiveYear(dataset);
  const base = useBaselineYear(dataset);
  const queryClient = useQueryClient();
  const [pngError, setPngError] = useState<string | null>(null);
  const shown = rows.filter((r) => r.matchesFilter);
  const records = shown.flatMap((r) => r.records);

  const years = { year, base };
  // The same file as the table's "Unduh CSV mentah": the importer's columns, one row per record, with its origin.
  const csv = () => downloadRecordsCsv(dataset, records, viewStateOf(useViewStore.getState()), years);
  const png = async () => {
    setPngError(null);
    try {
      // The same map file as Share's: the view's title, legend counts, sources and link, from either view.
      const b = await queryClient.ensureQueryData(boundariesQuery);
      const view = viewStateOf(useViewStore.getState());
      const { downloadMapPng } = await import('@/map/export-map-png');
      await downloadMapPng(b, rows, view, currentMapExportInfo(dataset, rows, year, true, t, lang), exportFileName(dataset, view, years, 'png'));
    } catch (e) {
      setPngError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="export-title">
      <h3 id="export-title">{t('exportTitle')}</h3>
      <div className="actions">
        <button
          type="button"
          onClick={csv}
          disabled={records.length === 0}
          aria-describedby={records.length === 0 ? 'export-csv-why' : undefined}
          data-testid="export-csv"
        >
          {t('exportCsv', { n: records.length })}
        </button>
        <button type="button" onClick={() => void png()} data-testid="export-png">
          {t('exportPng')}
        </button>
      </div>
      {/* A button that cannot be pressed says why. */}
      {records.length === 0 && (
        <p id="export-csv-why" className="muted small" data-testid="export-csv-why">
          {t('csvNoRecords')}
        </p>
      )}
      {pngError && (
        <p role="alert" className="flag">
          {t('exportPngFailed', { reason: pngError })}
        </p>
      )}
    </section>
  );
}
