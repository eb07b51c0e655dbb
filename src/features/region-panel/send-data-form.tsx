import './send-data-form.css';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useImportActions } from '@/data/import/use-imports';
import { reportTarget, type ReportConfig } from '@/data/import/send-report';
import { awardCsvLine, checkSentFact, SENT_FIELDS, type SentFactInput, type SentField, type SentProblem } from '@/data/import/sent-fact';
import type { Dataset } from '@/domain/dataset';
import { SENT_FILE } from '@/domain/imported-layer';
import { registerMessages, type MessageKey } from '@/i18n/dictionary';
import { SEND_MESSAGES_EN } from '@/i18n/send-messages-en';
import { SEND_MESSAGES_ID } from '@/i18n/send-messages-id';
import { useT } from '@/i18n/use-t';
import { SendDataResult, type SentResult } from './send-data-result';

registerMessages({ id: SEND_MESSAGES_ID, en: SEND_MESSAGES_EN });

/** Set at build (README, "Deploying"): where a reader's report goes. */
const BUILD_CONFIG: ReportConfig = {
  repositoryUrl: import.meta.env.VITE_REPOSITORY_URL as string | undefined,
  email: import.meta.env.VITE_REPORT_EMAIL as string | undefined,
};

const CATEGORY_CHOICES: [value: string, label: MessageKey][] = [
  ['Utama', 'utama'],
  ['Madya', 'madya'],
  ['Pratama', 'pratama'],
  ['Awarded', 'sendCategoryAwarded'],
  ['None', 'sendCategoryNone'],
];

const TEXT_FIELDS: [SentField, MessageKey, { type?: string; inputMode?: 'decimal' | 'url' }?][] = [
  ['source_url', 'sendSourceUrl', { type: 'url', inputMode: 'url' }],
  ['publisher', 'sendPublisher'],
  ['recipient_name', 'sendRecipientName'],
  ['recipient_role', 'sendRecipientRole'],
];
const FIGURE_FIELDS: [SentField, MessageKey][] = [
  ['coverage_pct', 'sendCoverage'],
  ['active_pct', 'sendActive'],
  ['pemda_registered_pct', 'sendPemda'],
];

function problemText(t: ReturnType<typeof useT>['t'], p: SentProblem): string {
  switch (p.kind) {
    case 'required':
      return p.field === 'source_url' ? t('sendErrUrlRequired') : t('sendErrRequired');
    case 'badUrl':
      return t('sendErrBadUrl');
    case 'unknown':
      return t('sendErrUnknown');
    case 'notNumber':
      return t('sendErrNotNumber');
    case 'outOfRange':
      return t('sendErrOutOfRange', { min: p.min, max: p.max });
    case 'roleMissing':
      return t('sendErrRoleMissing');
    case 'invalid':
      return t('sendErrInvalid', { message: p.message });
  }
}

/**
 * "Kirim data": a reader's fact about one region, checked by the bundled data's row validator. On send it is
 * stored as the reader's own import (Data saya) and the report and the awards.csv row are offered.
 */
export default function SendDataForm({
  dataset,
  code,
  year,
  onClose,
  config = BUILD_CONFIG,
}: {
  dataset: Dataset;
  code: string;
  year: number;
  onClose: () => void;
  config?: ReportConfig;
}) {
  const { t } = useT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The button that opened the form is gone: focus moves to the form's title, so a keyboard user is inside it.
  useEffect(() => title.current?.focus(), []);
  const { save } = useImportActions();
  const [values, setValues] = useState<SentFactInput>(() => ({
    ...(Object.fromEntries(SENT_FIELDS.map((f) => [f, ''])) as SentFactInput),
    year: String(year),
  }));
  const [problems, setProblems] = useState<SentProblem[]>([]);
  const [storageError, setStorageError] = useState('');
  const [sent, setSent] = useState<SentResult | null>(null);
  const region = dataset.byCode.get(code);
  const editions = [...new Set([...dataset.editions.filter((e) => e.status !== 'claimed').map((e) => e.year), year])].sort((a, b) => b - a);

  const set = (f: SentField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [f]: e.target.value }));
  const problemOf = (f: SentField) => problems.find((p) => p.field === f);
  const fieldProps = (f: SentField) => {
    const p = problemOf(f);
    return {
      id: `${id}-${f}`,
      name: f,
      value: values[f],
      onChange: set(f),
      'aria-invalid': p ? true : undefined,
      'aria-describedby': p ? `${id}-${f}-error` : undefined,
      'data-testid': `send-${f}`,
    };
  };
  const errorOf = (f: SentField): ReactNode => {
    const p = problemOf(f);
    return p ? (
      <span className="send-error" id={`${id}-${f}-error`} data-testid={`send-error-${f}`}>
        {problemText(t, p)}
      </span>
    ) : null;
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setStorageError('');
    const importedAt = new Date().toISOString();
    const checked = checkSentFact(values, code, dataset, importedAt);
    if ('problems' in checked) {
      setProblems(checked.problems);
      // Focus the first field with a problem, after React has marked it.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems([]);
    try {
      await save.mutateAsync({ id: checked.record.id.replace(/\/1$/, ''), fileName: SENT_FILE, importedAt, hidden: false, records: [checked.record] });
    } catch (err) {
      setStorageError((err as Error).message);
      return;
    }
    setSent({ row: awardCsvLine(checked.cells), report: reportTarget(checked.cells, config) });
  };

  if (sent) return <SendDataResult result={sent} onAnother={() => setSent(null)} onClose={onClose} />;
  const formProblems = problems.filter((p) => p.field === 'form');
  return (
    <form ref={form} className="send-data" onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-title`} data-testid="send-data-form">
      <h3 id={`${id}-title`} ref={title} tabIndex={-1}>
        {t('sendTitle', { region: region?.name ?? code })}
      </h3>
      <p className="muted">{t('sendIntro')}</p>
      <div className="send-row">
        <div className="send-field">
          <label htmlFor={`${id}-year`}>{t('sendYear')}</label>
          <select {...fieldProps('year')}>
            {editions.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="send-field">
          <label htmlFor={`${id}-category`}>{t('sendCategory')}</label>
          <select {...fieldProps('category')}>
            <option value="">{t('sendChoose')}</option>
            {CATEGORY_CHOICES.map(([value, label]) => (
              <option key={value} value={value}>
                {t(label)}
              </option>
            ))}
          </select>
          {errorOf('category')}
        </div>
      </div>
      {TEXT_FIELDS.map(([f, label, extra]) => (
        <div key={f} className="send-field">
          <label htmlFor={`${id}-${f}`}>{t(label)}</label>
          <input {...fieldProps(f)} type={extra?.type ?? 'text'} inputMode={extra?.inputMode} autoComplete="off" />
          {errorOf(f)}
        </div>
      ))}
      <fieldset>
        <legend>{t('sendFigures')}</legend>
        {FIGURE_FIELDS.map(([f, label]) => (
          <div key={f} className="send-field">
            <label htmlFor={`${id}-${f}`}>{t(label)}</label>
            <input {...fieldProps(f)} type="text" inputMode="decimal" autoComplete="off" />
            {errorOf(f)}
          </div>
        ))}
      </fieldset>
      <div className="send-field">
        <label htmlFor={`${id}-note`}>{t('sendNote')}</label>
        <textarea {...fieldProps('note')} rows={2} />
      </div>
      <div role="alert" className="send-alert" data-testid="send-alert">
        {problems.length > 0 && <p>{t('sendErrSummary')}</p>}
        {formProblems.map((p, i) => (
          <p key={i}>{problemText(t, p)}</p>
        ))}
        {storageError && <p>{t('sendErrStorage', { message: storageError })}</p>}
      </div>
      <div className="send-actions">
        <button type="submit" className="send-primary" disabled={save.isPending} data-testid="send-submit">
          {t('sendSubmit')}
        </button>
        <button type="button" onClick={onClose}>
          {t('sendCancel')}
        </button>
      </div>
    </form>
  );
}
