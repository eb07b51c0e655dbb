import { useState } from 'react';
import { useT } from '@/i18n/use-t';
import { readStartUrl } from '@/state/url-state';

/** Tells the recipient of such a link, once, that they see the bundled data rather than the sender's import. */
export function ImportedDataNote({ hasImports }: { hasImports: boolean }) {
  const { t } = useT();
  // The address as opened: the URL sync rewrites it to its canonical form right after.
  const [marked] = useState(() => readStartUrl().sharedWithImports === true);
  const [dismissed, setDismissed] = useState(false);
  if (!marked || hasImports || dismissed) return null;
  return (
    <div className="notice" role="status" data-testid="imported-note">
      <p>{t('importedNote')}</p>
      <button type="button" onClick={() => setDismissed(true)} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
