import { useEffect, useMemo, useRef, useState } from 'react';
import { guessColumnMapping, missingFields, withColumn, type ColumnMapping } from '@/data/import/column-mapping';
import { startReading, type Reading } from '@/data/import/read-in-worker';
import { SpreadsheetError, type ReadFile, type ReadProblem, type Sheet } from '@/data/import/read-spreadsheet';
import { sheetFromTable } from '@/data/import/sheet-from-table';
import { useImportActions } from '@/data/import/use-imports';
import type { Dataset } from '@/domain/dataset';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { ApplyActions, leftOverOf, LeftOverList, type LeftOver } from './import-apply-step';
import { FileStep, isBusy, type Phase } from './import-file-step';
import { ImportReport } from './import-report';
import { bestTable, SheetStep } from './import-sheet-step';
import { useImportCheck } from './use-import-check';

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
  const [importedAt, setImportedAt] = useState('');
  const [leftOver, setLeftOver] = useState<LeftOver | null>(null);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [sheetProblem, setSheetProblem] = useState<{ sheet: string; problem: ReadProblem } | null>(null);
  const reading = useRef<Reading | null>(null);

  const fileLabel = sheet ? (sheet.sheetName && read && read.tables.length > 1 ? `${sheet.fileName} (${sheet.sheetName})` : sheet.fileName) : '';
  const missing = useMemo(() => (sheet ? missingFields(mapping, defaultYear) : []), [sheet, mapping, defaultYear]);
  const check = useImportCheck({ dataset, sheet, mapping, missing, defaultYear, fileLabel, importedAt, setPhase });

  // Stop a reading still running when the dialog closes.
  useEffect(() => () => reading.current?.cancel(), []);

  const resetFile = () => {
    reading.current?.cancel();
    check.clear();
    setRead(null);
    setSheet(null);
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
    check.restart();
    setDefaultYear(undefined);
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

  const results = check.prepared?.results ?? [];
  const applicable = results.filter((r) => r.status === 'accepted' && r.record && check.isTicked(r));

  const apply = async () => {
    if (!sheet || !check.prepared || applicable.length === 0) return;
    const id = `import-${importedAt}-${fileLabel}`;
    const records = applicable.map((r) => ({ ...r.record!, id: `${id}/${r.line}` }));
    setStorageError(null);
    try {
      await save.mutateAsync({ id, fileName: fileLabel, importedAt, hidden: false, records });
    } catch (e) {
      setStorageError(String((e as Error)?.message ?? e));
      return;
    }
    setLeftOver(leftOverOf(t, fileLabel, sheet, results, new Set(applicable.map((r) => r.line))));
    resetFile();
    onApplied(t('impApplied', { n: formatNumber(records.length, lang), file: fileLabel }));
  };

  return (
    <section className="import-wizard" aria-labelledby="import-title">
      <h3 id="import-title">{t('impSectionTitle')}</h3>
      <FileStep phase={phase} error={error} notice={notice} onOpen={open} onCancel={cancel} />
      {leftOver && <LeftOverList leftOver={leftOver} />}
      {read && sheet && (
        <>
          <SheetStep
            read={read}
            sheet={sheet}
            tableIndex={tableIndex}
            sheetProblem={sheetProblem}
            onTable={(i, headerIndex) => loadTable(read, i, headerIndex)}
            mapping={mapping}
            onColumn={(f, i) => setMapping((m) => withColumn(m, f, i))}
            defaultYear={defaultYear}
            onDefaultYear={setDefaultYear}
            missing={missing}
            notes={check.prepared?.notes ?? []}
          />
          {check.prepared && (
            <ImportReport
              results={results}
              order={check.order}
              edits={check.edits}
              choices={check.choices}
              isTicked={check.isTicked}
              cellOf={check.cellOf}
              regionName={check.regionName}
              regions={check.regions}
              onEdit={check.onEdit}
              onPick={check.onPick}
              onToggle={check.onToggle}
            />
          )}
          <ApplyActions
            count={applicable.length}
            disabled={applicable.length === 0 || save.isPending || isBusy(phase)}
            onApply={() => void apply()}
            onClose={resetFile}
            storageError={storageError}
          />
        </>
      )}
    </section>
  );
}
