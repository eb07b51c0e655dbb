import { useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';

import { currentMapExportInfo } from '@/shared/map-export-info';
import { useViewStore } from '@/state/store';
import { downloadRecordsCsv } from '@/shared/download-records';
import { useEffectiveYear, useRegionRows } from '@/shared/use-region-rows';

/** The filtered view as a CSV the importer reads back, and the map as a PNG with legend and attribution. */
export function ExportActions({ dataset }: { dataset: Dataset }) {
  const { t, lang } = useT();
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
      // The same map file as Share's: the view's title, legend counts, sources and link.
      const { downloadMapPng } = await import('@/map/export-map-png');
      await downloadMapPng(currentMapExportInfo(dataset, rows, year, true, t, lang), year);
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
