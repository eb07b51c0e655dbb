import type { CorruptEntry } from '@/data/import/import-db';
import { useImportActions } from '@/data/import/use-imports';
import type { ImportedLayer } from '@/domain/imported-layer';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

/** The imports kept on this device: each can be hidden from the map or deleted for good. */
export function ImportedLayers({
  layers,
  corrupt,
  onMessage,
}: {
  layers: readonly ImportedLayer[];
  corrupt: readonly CorruptEntry[];
  onMessage: (m: string) => void;
}) {
  const { t, lang } = useT();
  const { hide, remove } = useImportActions();
  return (
    <section aria-labelledby="layers-title">
      <h3 id="layers-title">{t('importedLayers')}</h3>
      {corrupt.map((c) => (
        <p key={c.key} className="flag" role="alert">
          {t('corruptEntry', { reason: c.reason })}
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
                  <input type="checkbox" checked={!l.hidden} onChange={(e) => hide.mutate({ id: l.id, hidden: !e.target.checked })} /> {t('showLayer')}
                </label>
                <button
                  type="button"
                  onClick={() => remove.mutate(l.id, { onSuccess: () => onMessage(t('deleted', { file: l.fileName })) })}
                  data-testid="delete-import"
                >
                  {t('deleteLayer')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
