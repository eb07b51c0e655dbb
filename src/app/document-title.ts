import { useEffect } from 'react';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { regionFacts, regionPageTitle } from '@/shared/region-page-text';
import { useEffectiveYear } from '@/shared/use-region-rows';
import { useViewStore } from '@/state/store';

/**
 * The tab's title follows the view as the built page's head says it (scripts/pages): the open region's answer
 * ("Kabupaten Banyuasin: UHC Madya 2026 · Peta UHC"), or the site's name — in the reader's language, for the
 * tab, the history list and a bookmark made after moving to another region.
 */
export function useDocumentTitle(dataset: Dataset): void {
  const { t } = useT();
  const region = useViewStore((s) => s.region);
  const year = useEffectiveYear(dataset);
  useEffect(() => {
    const facts = region ? regionFacts(dataset, region, year) : null;
    document.title = facts ? `${regionPageTitle(facts, t)} · ${t('siteName')}` : t('homeTitle');
  }, [dataset, region, year, t]);
}
