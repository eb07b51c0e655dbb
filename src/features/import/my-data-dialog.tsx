import './my-data-dialog.css';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
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

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/**
 * Import, the stored imports and export in one modal dialog. Escape closes it from anywhere inside (and only
 * it: the page's own Escape handling waits), Tab stays inside it, and after Apply or Delete focus moves to
 * the message saying what happened, so it is never lost to the page.
 */
export function MyDataDialog({ dataset, imports, onClose }: { dataset: Dataset; imports: ImportsState; onClose: () => void }) {
  const { t } = useT();
  const [message, setMessage] = useState<ReactNode>(null);
  const [announced, setAnnounced] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const status = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (announced) status.current?.focus();
  }, [announced]);
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      onClose();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [onClose]);
  const announce = useCallback((m: ReactNode) => {
    setMessage(m);
    setAnnounced((n) => n + 1);
  }, []);
  const trapTab = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.closest('details:not([open]) > :not(summary)'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || document.activeElement === heading.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="my-data-title" data-testid="my-data-dialog" ref={dialog} onKeyDown={trapTab}>
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
        <div role="status" data-testid="my-data-status" className="dialog-status" tabIndex={-1} ref={status}>
          {message}
        </div>
        <ImportWizard dataset={dataset} onApplied={announce} />
        <ImportedLayers layers={imports.layers} corrupt={imports.corrupt} onMessage={announce} />
        <ExportActions dataset={dataset} />
      </div>
    </div>
  );
}
