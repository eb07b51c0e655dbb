import type { Source } from '@/domain/award-record';
import { formatDate } from '@/i18n/format';
import { useT } from '@/i18n/use-t';

/** Publisher, date and a link that opens in a new tab without giving the page access to ours. */
export function SourceLink({ source }: { source: Source }) {
  const { t, lang } = useT();
  return (
    <span className="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.publisher}
      </a>
      {source.publishedDate && <span className="muted"> · {t('published', { date: formatDate(source.publishedDate, lang) })}</span>}
    </span>
  );
}

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <ul className="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <SourceLink source={s} />
        </li>
      ))}
    </ul>
  );
}
