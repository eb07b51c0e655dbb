import type { ReactNode } from 'react';
import type { CorruptEntry } from '@/data/import/import-db';
import { useImportActions } from '@/data/import/use-imports';
import type { ImportedLayer } from '@/domain/imported-layer';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { corruptText } from './corrupt-text';

/** The imports kept on this device: each can be hidden from the map, or deleted with a way back (Undo). */
export function ImportedLayers({
  layers,
  corrupt,
  onMessage,
}: {
  layers: readonly ImportedLayer[];
  corrupt: readonly CorruptEntry[];
  onMessage: (m: ReactNode) => void;
}) {
  const { t, lang } = useT();
  const { hide, remove, save } = useImportActions();
  const undo = (layer: ImportedLayer) => save.mutate(layer, { onSuccess: () => onMessage(t('impRestored', { file: layer.fileName })) });
  const del = (layer: ImportedLayer) =>
    remove.mutate(layer.id, {
      onSuccess: () =>
        onMessage(
          <>
            {t('impDeleted', { file: layer.fileName })}{' '}
            <button type="button" onClick={() => undo(layer)} data-testid="undo-delete">
              {t('impUndo')}
            </button>
          </>,
        ),
    });
  return (
    <section aria-labelledby="layers-title">
      <h3 id="layers-title">{t('impLayersTitle')}</h3>
      {corrupt.map((c) => (
        <p key={c.key} className="flag" role="alert">
          {corruptText(t, c)}
        </p>
      ))}
      {layers.length === 0 ? (
        <p className="muted">{t('noImports')}</p>
      ) : (
        <ul className="layer-list" data-testid="imported-layers">
          {layers.map((l) => (
            <li key={l.id}>
              <span>
                <strong>{l.fileName}</strong> · {t('importedOn', { date: formatDate(l.importedAt.slice(0, 10), lang) })} ·{' '}
                {t('records', { n: l.records.length })}
              </span>
              <span className="layer-actions">
                <label>
                  <input type="checkbox" checked={!l.hidden} onChange={(e) => hide.mutate({ id: l.id, hidden: !e.target.checked })} /> {t('impShowLayer')}
                </label>
                <button type="button" onClick={() => del(l)} aria-label={t('impDeleteLayerLabel', { file: l.fileName })} data-testid="delete-import">
                  {t('impDeleteLayer')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
