import type { AwardRecord, Official } from '@/domain/award-record';
import { useT } from '@/i18n/use-t';

function who(o: Official, unnamed: string): string {
  // An imported recipient may come with a name and no role.
  if (!o.role) return o.name ?? unnamed;
  return o.name ? `${o.name} (${o.role})` : `${o.role} ${unnamed}`;
}

export function Officials({ record }: { record: AwardRecord }) {
  const { t } = useT();
  if (!record.recipient && record.represents.length === 0 && record.accompanying.length === 0) return null;
  return (
    <div className="officials">
      {(record.recipient || record.represents.length > 0) && (
        <p>
          <strong>{t('recipient')}:</strong> {record.recipient ? who(record.recipient, t('unnamed')) : t('unnamed')}
          {record.represents.length > 0 && <> — {t('represents', { who: record.represents.map((o) => who(o, t('unnamed'))).join(', ') })}</>}
        </p>
      )}
      {record.accompanying.length > 0 && (
        <>
          <strong>{t('accompanying')}:</strong>
          <ul>
            {record.accompanying.map((o, i) => (
              <li key={i}>{who(o, t('unnamed'))}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
