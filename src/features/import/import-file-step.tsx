import { useState, type DragEvent } from 'react';
import { templateCsv } from '@/data/import/export-records';
import type { ReadProgress } from '@/data/import/read-in-worker';
import { MAX_IMPORT_BYTES, type ReadProblem } from '@/data/import/read-spreadsheet';
import { AWARD_COLUMNS } from '@/data/parse-award-rows';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { downloadBlob } from '@/shared/download';
import { FIELD_HINT, FIELD_LABEL, problemText } from './import-text';

export type Phase =
  { kind: 'idle' } | { kind: 'reading'; file: string; progress: ReadProgress | null } | { kind: 'checking'; done: number; total: number } | { kind: 'ready' };

export const isBusy = (phase: Phase): phase is Extract<Phase, { kind: 'reading' | 'checking' }> => phase.kind === 'reading' || phase.kind === 'checking';

const ACCEPT = '.xlsx,.xlsm,.csv,.tsv,.txt,.json,.xls,.ods,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  phase: Phase;
  error: { file: string; problem: ReadProblem } | null;
  notice: string | null;
  onOpen(file: File | undefined): void;
  onCancel(): void;
}

/** The first step: drop or pick a file (or take the template to fill in), then follow its reading and checking, which can be cancelled. */
export function FileStep({ phase, error, notice, onOpen, onCancel }: Props) {
  const { t, lang } = useT();
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onOpen(e.dataTransfer.files[0]);
  };

  const downloadTemplateXlsx = async () => {
    setTemplateError(null);
    try {
      const { templateXlsx } = await import('@/data/import/write-template');
      const columns = Object.fromEntries(AWARD_COLUMNS.map((c) => [c, { label: t(FIELD_LABEL[c]), hint: t(FIELD_HINT[c]) }])) as Parameters<
        typeof templateXlsx
      >[0]['columns'];
      const blob = await templateXlsx({
        dataSheet: t('impGuideData'),
        guideSheet: t('impGuideSheet'),
        guideHeader: [t('impGuideColumn'), t('impGuideMeaning'), t('impGuideHow')],
        columns,
      });
      downloadBlob(blob, 'templat-peta-uhc.xlsx');
    } catch (e) {
      setTemplateError(String((e as Error)?.message ?? e));
    }
  };
  const downloadTemplateCsv = () => downloadBlob(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }), 'templat-peta-uhc.csv');

  const progressValue =
    phase.kind === 'reading' ? (phase.progress?.fraction ?? undefined) : phase.kind === 'checking' && phase.total > 0 ? phase.done / phase.total : undefined;

  return (
    <>
      <div
        className={dragging ? 'dropzone dropzone--over' : 'dropzone'}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>{t('impHint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
        <label className="button-like">
          {t('impChoose')}
          <input
            type="file"
            accept={ACCEPT}
            data-testid="import-file"
            onChange={(e) => {
              onOpen(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        <p className="template-links">
          {t('impTemplate')}{' '}
          <button type="button" className="link" onClick={() => void downloadTemplateXlsx()} data-testid="template-xlsx">
            {t('impTemplateXlsx')}
          </button>{' '}
          ·{' '}
          <button type="button" className="link" onClick={downloadTemplateCsv} data-testid="template-csv">
            {t('impTemplateCsv')}
          </button>
        </p>
      </div>
      {templateError && (
        <p role="alert" className="flag">
          {t('impTemplateFailed', { reason: templateError })}
        </p>
      )}
      {isBusy(phase) && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span>
            {phase.kind === 'reading'
              ? t(phase.progress?.phase === 'workbook' ? 'impReadingWorkbook' : 'impReading', { file: phase.file })
              : t('impChecking', { done: formatNumber(phase.done, lang), total: formatNumber(phase.total, lang) })}
          </span>
          <progress max={1} value={progressValue} aria-label={phase.kind === 'reading' ? phase.file : t('impReport')} />
          <button type="button" onClick={onCancel} data-testid="import-cancel">
            {t('impCancel')}
          </button>
        </div>
      )}
      {error && (
        <p role="alert" className="flag" data-testid="import-error">
          {t('impFailed', { file: error.file, reason: problemText(t, error.problem) })}
        </p>
      )}
      {notice && (
        <p role="status" className="muted">
          {notice}
        </p>
      )}
    </>
  );
}
