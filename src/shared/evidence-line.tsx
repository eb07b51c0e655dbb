import type { AwardRecord } from '@/domain/award-record';
import { useT } from '@/i18n/use-t';
import { SourceLink } from './source-link';

/**
 * How a record's outcome is known, when it is not simply stated by its page: inferred from a complete list
 * ("disimpulkan dari daftar lengkap di <sumber>"), the region's own statement, or someone else's remark (whose,
 * the record's note says). The panel and the table say it with the outcome.
 */
export function EvidenceLine({ record }: { record: AwardRecord }) {
  const { t } = useT();
  const source = record.sources[0];
  switch (record.evidence) {
    case 'list': {
      // The link sits where the sentence puts {source} in either language.
      const [before, after] = t('evidenceList', { source: '\u0000' }).split('\u0000');
      return (
        <span className="evidence evidence--list" data-testid="evidence-list">
          {before}
          {source ? <SourceLink source={source} /> : record.origin.file}
          {after}
        </span>
      );
    }
    case 'first-hand':
      return (
        <span className="evidence muted" data-testid="evidence-first-hand">
          {t('evidenceFirstHand')}
        </span>
      );
    case 'remark':
      return (
        <span className="evidence flag" data-testid="evidence-remark">
          {t('evidenceRemark')}
        </span>
      );
    default:
      return null;
  }
}
