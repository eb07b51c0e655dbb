import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { toExcelCsv } from '@/data/excel-csv';
import { guessColumnMapping, headerScore, missingFields, withColumn, type ColumnMapping, type ImportField } from '@/data/import/column-mapping';
import { templateCsv } from '@/data/import/export-records';
import {
  createImportCache,
  linesSharingName,
  prepareInSlices,
  recheck,
  type ImportCache,
  type ImportContext,
  type ImportRowResult,
  type PreparedImport,
} from '@/data/import/prepare-import';
import { startReading, type Reading, type ReadProgress } from '@/data/import/read-in-worker';
import { MAX_IMPORT_BYTES, sheetFromTable, SpreadsheetError, type ReadFile, type ReadProblem, type Sheet } from '@/data/import/read-spreadsheet';
import { useImportActions } from '@/data/import/use-imports';
import { AWARD_COLUMNS } from '@/data/parse-award-rows';
import type { Dataset } from '@/domain/dataset';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { downloadBlob } from '@/shared/download';
import { ImportReport, reportOrder } from './import-report';
import { FIELD_HINT, FIELD_LABEL, issueText, problemText } from './import-text';
import { MappingEditor } from './mapping-editor';

type Phase =
  { kind: 'idle' } | { kind: 'reading'; file: string; progress: ReadProgress | null } | { kind: 'checking'; done: number; total: number } | { kind: 'ready' };

interface LeftOver {
  file: string;
  rows: { line: number; text: string }[];
  csv: string;
}

const ACCEPT = '.xlsx,.xlsm,.csv,.tsv,.txt,.json,.xls,.ods,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The table of a workbook that looks most like the award list (most recognised column names). */
function bestTable(read: ReadFile): number {
  let best = 0;
  let score = -1;
  read.tables.forEach((tb, i) => {
    const s = Math.max(0, ...tb.rows.slice(0, 30).map((r) => headerScore(r.cells)));
    if (s > score) [best, score] = [i, s];
  });
  return best;
}

/** Pick or drop a file → read it off the page → check the columns → fix rows in the report → apply what is valid. */
export function ImportWizard({ dataset, onApplied }: { dataset: Dataset; onApplied: (message: string) => void }) {
  const { t, lang } = useT();
  const { save } = useImportActions();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<{ file: string; problem: ReadProblem } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [read, setRead] = useState<ReadFile | null>(null);
  const [tableIndex, setTableIndex] = useState(0);
  const [sheet, setSheet] = useState<Sheet | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultYear, setDefaultYear] = useState<number | undefined>();
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [order, setOrder] = useState<number[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [edits, setEdits] = useState<ReadonlyMap<number, Partial<Record<ImportField, string>>>>(new Map());
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());
  const [importedAt, setImportedAt] = useState('');
  const [leftOver, setLeftOver] = useState<LeftOver | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [templateError, setTemplateError] = useState<string | null>(null);
  const [sheetProblem, setSheetProblem] = useState<{ sheet: string; problem: ReadProblem } | null>(null);
  const [dragging, setDragging] = useState(false);
  const reading = useRef<Reading | null>(null);
  const checking = useRef<AbortController | null>(null);
  const cache = useRef<ImportCache>(createImportCache());
  // The latest picks and fixes, for a full re-check after a mapping change (which must not drop them).
  const latest = useRef({ choices, edits });
  latest.current = { choices, edits };

  const fileLabel = sheet ? (sheet.sheetName && read && read.tables.length > 1 ? `${sheet.fileName} (${sheet.sheetName})` : sheet.fileName) : '';
  const missing = useMemo(() => (sheet ? missingFields(mapping, defaultYear) : []), [sheet, mapping, defaultYear]);
  const context = useCallback(
    (over: Partial<ImportContext> = {}): ImportContext => ({
      gazetteer: dataset,
      fileName: fileLabel,
      importedAt,
      defaultYear,
      existing: dataset.recordsByCode,
      cache: cache.current,
      choices: latest.current.choices,
      edits: latest.current.edits,
      ...over,
    }),
    [dataset, fileLabel, importedAt, defaultYear],
  );

  // Stop whatever is running when the dialog closes.
  useEffect(
    () => () => {
      reading.current?.cancel();
      checking.current?.abort();
    },
    [],
  );

  // A full check whenever the sheet, the columns or the year change; picks and fixes are kept.
  useEffect(() => {
    checking.current?.abort();
    if (!sheet || missing.length > 0) {
      setPrepared(null);
      if (sheet) setPhase({ kind: 'ready' });
      return;
    }
    const abort = new AbortController();
    checking.current = abort;
    // Small files are checked at once; a long one shows its progress (and can be cancelled).
    if (sheet.rows.length > 2500) setPhase({ kind: 'checking', done: 0, total: sheet.rows.length });
    prepareInSlices(sheet, mapping, context(), { signal: abort.signal, onProgress: (done, total) => setPhase({ kind: 'checking', done, total }) }).then(
      (p) => {
        if (abort.signal.aborted) return;
        setPrepared(p);
        setOrder(reportOrder(p.results));
        setPhase({ kind: 'ready' });
      },
      () => undefined,
    );
    return () => abort.abort();
  }, [sheet, mapping, missing, context]);

  const resetFile = () => {
    reading.current?.cancel();
    checking.current?.abort();
    setRead(null);
    setSheet(null);
    setPrepared(null);
    setOrder([]);
    setPhase({ kind: 'idle' });
  };

  const loadTable = (file: ReadFile, index: number, headerIndex?: number) => {
    setSheetProblem(null);
    try {
      const s = sheetFromTable(file, index, headerIndex);
      const guess = guessColumnMapping(s.headers).mapping;
      setTableIndex(index);
      setSheet(s);
      setMapping(guess);
      // A sheet without a year column takes the year its title states ("… TAHUN 2026"), shown and changeable.
      setDefaultYear(guess.year === undefined ? s.titleYear : undefined);
      setError(null);
    } catch (e) {
      const problem: ReadProblem = e instanceof SpreadsheetError ? e.problem : { code: 'corruptWorkbook', detail: String(e) };
      // Another sheet that holds no table: say so and stay on the sheet shown; a file whose only table fails: refuse it.
      if (sheet && read === file) setSheetProblem({ sheet: file.tables[index]?.name ?? '', problem });
      else {
        setSheet(null);
        setError({ file: file.fileName, problem });
      }
    }
  };

  const open = (file: File | undefined) => {
    if (!file) return;
    resetFile();
    setError(null);
    setNotice(null);
    setLeftOver(null);
    setStorageError(null);
    setChoices(new Map());
    setEdits(new Map());
    setToggled(new Set());
    setDefaultYear(undefined);
    cache.current = createImportCache();
    setPhase({ kind: 'reading', file: file.name, progress: null });
    const r = startReading(file, (progress) => setPhase({ kind: 'reading', file: file.name, progress }));
    reading.current = r;
    r.result.then(
      (f) => {
        if (reading.current !== r) return;
        reading.current = null;
        setImportedAt(new Date().toISOString());
        setRead(f);
        loadTable(f, bestTable(f));
      },
      (e: unknown) => {
        if (reading.current !== r) return;
        reading.current = null;
        setPhase({ kind: 'idle' });
        setError({ file: file.name, problem: e instanceof SpreadsheetError ? e.problem : { code: 'corruptWorkbook', detail: String(e) } });
      },
    );
  };

  const cancel = () => {
    const name = phase.kind === 'reading' ? phase.file : fileLabel;
    resetFile();
    setNotice(t('impCancelled', { file: name }));
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    open(e.dataTransfer.files[0]);
  };

  // ---- fixes in the report: the row (and the rows sharing its name) re-checked at once ----
  const onEdit = useCallback(
    (line: number, field: ImportField, value: string) => {
      if (!sheet) return;
      const next = new Map(latest.current.edits);
      next.set(line, { ...next.get(line), [field]: value });
      latest.current = { ...latest.current, edits: next };
      setEdits(next);
      setPrepared((p) => (p ? recheck(p, sheet, mapping, context({ edits: next }), [line]) : p));
    },
    [sheet, mapping, context],
  );
  const onPick = useCallback(
    (line: number, code: string) => {
      if (!sheet || !prepared) return;
      const next = new Map(latest.current.choices);
      const nameKey = prepared.bases.find((b) => b.line === line)?.nameKey;
      if (code) {
        next.set(`line:${line}`, code);
        if (nameKey) next.set(`name:${nameKey}`, code);
      } else {
        next.delete(`line:${line}`);
        if (nameKey) next.delete(`name:${nameKey}`);
      }
      latest.current = { ...latest.current, choices: next };
      setChoices(next);
      setPrepared((p) => (p ? recheck(p, sheet, mapping, context({ choices: next }), linesSharingName(p, line)) : p));
    },
    [sheet, mapping, prepared, context],
  );
  const onToggle = useCallback((line: number) => {
    setToggled((s) => {
      const next = new Set(s);
      if (next.has(line)) next.delete(line);
      else next.add(line);
      return next;
    });
  }, []);
  // A row identical to one already shown starts unticked; any other accepted row starts ticked.
  const isTicked = useCallback((r: ImportRowResult) => (r.defaultSkip ? toggled.has(r.line) : !toggled.has(r.line)), [toggled]);
  const rowByLine = useMemo(() => new Map(sheet?.rows.map((r) => [r.line, r]) ?? []), [sheet]);
  const cellOf = useCallback(
    (line: number, field: ImportField) => {
      const i = mapping[field];
      return i === undefined ? '' : (rowByLine.get(line)?.cells[i] ?? '').trim();
    },
    [mapping, rowByLine],
  );
  const regionName = useCallback((code: string) => dataset.byCode.get(code)?.name ?? code, [dataset]);
  const regions = useMemo(() => [...dataset.regencies, ...dataset.provinces], [dataset]);

  const results = prepared?.results ?? [];
  const applicable = results.filter((r) => r.status === 'accepted' && r.record && isTicked(r));

  const apply = async () => {
    if (!sheet || !prepared || applicable.length === 0) return;
    const id = `import-${importedAt}-${fileLabel}`;
    const records = applicable.map((r) => ({ ...r.record!, id: `${id}/${r.line}` }));
    setStorageError(null);
    try {
      await save.mutateAsync({ id, fileName: fileLabel, importedAt, hidden: false, records });
    } catch (e) {
      setStorageError(String((e as Error)?.message ?? e));
      return;
    }
    const kept = new Set(applicable.map((r) => r.line));
    const left = results.filter((r) => !kept.has(r.line) && r.status !== 'ignored');
    const why = (r: ImportRowResult) =>
      r.status === 'accepted' ? t('impLeftUnticked') : r.issues.length ? r.issues.map((i) => issueText(t, i)).join(' ') : t('impLeftUndecided');
    const rows = left.map((r) => ({ line: r.line, text: why(r) }));
    const byLine = new Map(sheet.rows.map((r) => [r.line, r.cells]));
    const csv = toExcelCsv(
      [t('impColLine'), ...sheet.headers, t('impProblemHeader')],
      left.map((r) => {
        const cells = byLine.get(r.line) ?? [];
        return [r.line, ...sheet.headers.map((_, i) => cells[i] ?? ''), why(r)];
      }),
    );
    setLeftOver(rows.length ? { file: fileLabel, rows, csv } : null);
    resetFile();
    onApplied(t('impApplied', { n: formatNumber(records.length, lang), file: fileLabel }));
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

  const busy = phase.kind === 'reading' || phase.kind === 'checking';
  const progressValue =
    phase.kind === 'reading' ? (phase.progress?.fraction ?? undefined) : phase.kind === 'checking' && phase.total > 0 ? phase.done / phase.total : undefined;

  return (
    <section className="import-wizard" aria-labelledby="import-title">
      <h3 id="import-title">{t('impSectionTitle')}</h3>
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
              open(e.target.files?.[0]);
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
      {busy && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span>
            {phase.kind === 'reading'
              ? t(phase.progress?.phase === 'workbook' ? 'impReadingWorkbook' : 'impReading', { file: phase.file })
              : t('impChecking', { done: formatNumber(phase.done, lang), total: formatNumber(phase.total, lang) })}
          </span>
          <progress max={1} value={progressValue} aria-label={phase.kind === 'reading' ? phase.file : t('impReport')} />
          <button type="button" onClick={cancel} data-testid="import-cancel">
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
      {leftOver && (
        <div className="import-left" data-testid="import-left">
          <p>{t('impLeftOut', { n: formatNumber(leftOver.rows.length, lang) })}</p>
          <ul>
            {leftOver.rows.slice(0, 20).map((r) => (
              <li key={r.line}>{t('impLineMessage', { line: r.line, message: r.text })}</li>
            ))}
            {leftOver.rows.length > 20 && <li>…</li>}
          </ul>
          <button
            type="button"
            onClick={() =>
              downloadBlob(new Blob([leftOver.csv], { type: 'text/csv;charset=utf-8' }), `${leftOver.file.replace(/\.[^.]+$/, '')}-tidak-diterapkan.csv`)
            }
            data-testid="download-left"
          >
            {t('impDownloadLeft')}
          </button>
        </div>
      )}
      {read && sheet && (
        <>
          {read.renamed && <p className="muted">{t('impRenamed')}</p>}
          {sheetProblem && (
            <p role="alert" className="flag">
              {t('impSheetUnusable', { sheet: sheetProblem.sheet, reason: problemText(t, sheetProblem.problem) })}
            </p>
          )}
          <MappingEditor
            read={read}
            sheet={sheet}
            tableIndex={tableIndex}
            onTable={(i) => loadTable(read, i)}
            onHeaderLine={(line) => {
              const rows = read.tables[tableIndex]?.rows ?? [];
              const index = rows.findIndex((r) => r.line >= line);
              if (index >= 0) loadTable(read, tableIndex, index);
            }}
            mapping={mapping}
            onColumn={(f, i) => setMapping((m) => withColumn(m, f, i))}
            defaultYear={defaultYear}
            onDefaultYear={setDefaultYear}
            missing={missing}
          />
          {mapping.year === undefined && defaultYear !== undefined && defaultYear === sheet.titleYear && (
            <p className="muted" data-testid="year-from-title">
              {t('impYearFromTitle', { year: defaultYear })}
            </p>
          )}
          {prepared?.notes.map((n) => (
            <p key={n.code} className="muted">
              {issueText(t, n)}
            </p>
          ))}
          {prepared && (
            <ImportReport
              results={results}
              order={order}
              edits={edits}
              choices={choices}
              isTicked={isTicked}
              cellOf={cellOf}
              regions={regions}
              regionName={regionName}
              onEdit={onEdit}
              onPick={onPick}
              onToggle={onToggle}
            />
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={applicable.length === 0 || save.isPending || busy}
              onClick={() => void apply()}
              data-testid="apply-import"
            >
              {t('impApply', { n: formatNumber(applicable.length, lang) })}
            </button>
            <button type="button" onClick={resetFile}>
              {t('impCloseFile')}
            </button>
          </div>
          {storageError && (
            <p role="alert" className="flag">
              {t('impStorageFailed', { reason: storageError })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
