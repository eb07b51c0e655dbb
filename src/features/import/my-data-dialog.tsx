import './my-data-dialog.css';
import { useEffect, useRef, useState } from 'react';
import type { CorruptEntry } from '@/data/import/import-db';
import type { Dataset } from '@/domain/dataset';
import type { ImportedLayer } from '@/domain/imported-layer';
import { useT } from '@/i18n/use-t';
import { ExportActions } from './export-actions';
import { ImportedLayers } from './imported-layers';
import { ImportWizard } from './import-wizard';

export interface ImportsState {
  layers: readonly ImportedLayer[];
  corrupt: readonly CorruptEntry[];
  /** IndexedDB could not be opened: imports work for this visit only if at all. */
  storageError: boolean;
}

/** Import, the stored imports and export in one dialog; Escape or the close button returns focus. */
export function MyDataDialog({ dataset, imports, onClose }: { dataset: Dataset; imports: ImportsState; onClose: () => void }) {
  const { t } = useT();
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="my-data-title" data-testid="my-data-dialog">
        <div className="panel-head">
          <h2 id="my-data-title" ref={heading} tabIndex={-1}>
            {t('myDataTitle')}
          </h2>
          <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
            ×
          </button>
        </div>
        {imports.storageError && (
          <p className="flag" role="alert">
            {t('storageUnavailable')}
          </p>
        )}
        <p role="status" data-testid="my-data-status">
          {message}
        </p>
        <ImportWizard dataset={dataset} onApplied={setMessage} />
        <ImportedLayers layers={imports.layers} corrupt={imports.corrupt} onMessage={setMessage} />
        <ExportActions dataset={dataset} />
      </div>
    </div>
  );
}
