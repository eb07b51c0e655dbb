import { useState } from 'react';
import { useT } from '@/i18n/use-t';

/** Added to shared links made while imported data was shown. Not part of the view state: it changes nothing. */
export const IMPORTED_DATA_PARAM = 'data=imported';

/** Tells the recipient of such a link, once, that they see the bundled data rather than the sender's import. */
export function ImportedDataNote({ hasImports }: { hasImports: boolean }) {
  const { t } = useT();
  // Read once at start: the URL sync rewrites the address to its canonical form right after.
  const [marked] = useState(() => new URLSearchParams(window.location.search).getAll('data').includes('imported'));
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
