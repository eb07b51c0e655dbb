import { useEffect, useRef, useState } from 'react';
import type { ReportTarget } from '@/data/import/send-report';
import { useT } from '@/i18n/use-t';

export interface SentResult {
  row: string;
  report: ReportTarget;
}

/** Copies a text; where the clipboard is refused (an old browser, no permission) the text is selected instead. */
async function copyText(text: string, field: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return false;
  }
}

/** After a send: what was saved, the report for the maintainers and the awards.csv row, each as text. */
export function SendDataResult({ result, onAnother, onClose }: { result: SentResult; onAnother: () => void; onClose: () => void }) {
  const { t } = useT();
  const rowField = useRef<HTMLTextAreaElement>(null);
  const reportField = useRef<HTMLTextAreaElement>(null);
  const saved = useRef<HTMLParagraphElement>(null);
  useEffect(() => saved.current?.focus(), []);
  const [copied, setCopied] = useState<{ what: 'row' | 'report'; ok: boolean } | null>(null);
  const copy = async (what: 'row' | 'report') => {
    const ok = await copyText(what === 'row' ? result.row : result.report.text, what === 'row' ? rowField.current : reportField.current);
    setCopied({ what, ok });
  };
  const copiedText = (what: 'row' | 'report') => (copied?.what === what ? (copied.ok ? t('sendCopied') : t('sendCopyFailed')) : '');
  const { report } = result;
  return (
    <div className="send-data" data-testid="send-data-result">
      <p className="send-saved" role="status" tabIndex={-1} ref={saved} data-testid="send-saved">
        {t('sendSaved')}
      </p>
      <h3>{t('sendReportHeading')}</h3>
      {report.kind !== 'copy' && (
        <p>
          <a href={report.href} target="_blank" rel="noopener noreferrer" data-testid="send-report-link" data-kind={report.kind}>
            {report.kind === 'issue' ? t('sendReportIssue') : t('sendReportMail')}
          </a>
        </p>
      )}
      <label>
        {t('sendReportText')}
        <textarea ref={reportField} readOnly value={report.text} rows={6} data-testid="send-report-text" />
      </label>
      <p className="send-actions">
        <button type="button" onClick={() => void copy('report')} data-testid="send-copy-report">
          {t('sendReportCopy')}
        </button>
        <span role="status">{copiedText('report')}</span>
      </p>
      <h3>{t('sendRowHeading')}</h3>
      <textarea ref={rowField} readOnly value={result.row} rows={3} className="send-csv" aria-label={t('sendRowHeading')} data-testid="send-row" />
      <p className="send-actions">
        <button type="button" onClick={() => void copy('row')} data-testid="send-copy-row">
          {t('sendCopyRow')}
        </button>
        <span role="status">{copiedText('row')}</span>
      </p>
      <p className="send-actions">
        <button type="button" onClick={onAnother}>
          {t('sendAnother')}
        </button>
        <button type="button" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </div>
  );
}
