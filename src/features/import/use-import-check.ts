import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ColumnMapping, ImportField } from '@/data/import/column-mapping';
import { createImportCache, type ImportCache, type ImportContext } from '@/data/import/import-context';
import type { ImportRowResult } from '@/data/import/import-row-result';
import { linesSharingName, prepareInSlices, recheck, type PreparedImport } from '@/data/import/prepare-import';
import type { Sheet } from '@/data/import/read-spreadsheet';
import type { Dataset } from '@/domain/dataset';
import type { Phase } from './import-file-step';
import { reportOrder } from './import-report';

interface CheckInput {
  dataset: Dataset;
  sheet: Sheet | null;
  mapping: ColumnMapping;
  missing: readonly ImportField[];
  defaultYear: number | undefined;
  fileLabel: string;
  importedAt: string;
  setPhase(phase: Phase): void;
}

/** The check of the chosen sheet, and the user's picks, fixes and ticks in its report. */
export function useImportCheck({ dataset, sheet, mapping, missing, defaultYear, fileLabel, importedAt, setPhase }: CheckInput) {
  const [prepared, setPrepared] = useState<PreparedImport | null>(null);
  const [order, setOrder] = useState<number[]>([]);
  const [choices, setChoices] = useState<ReadonlyMap<string, string>>(new Map());
  const [edits, setEdits] = useState<ReadonlyMap<number, Partial<Record<ImportField, string>>>>(new Map());
  const [toggled, setToggled] = useState<ReadonlySet<number>>(new Set());
  const checking = useRef<AbortController | null>(null);
  const cache = useRef<ImportCache>(createImportCache());
  // The latest picks and fixes, for a full re-check after a mapping change (which must not drop them).
  const latest = useRef({ choices, edits });
  latest.current = { choices, edits };

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

  // Stop a check still running when the dialog closes.
  useEffect(() => () => checking.current?.abort(), []);

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
  }, [sheet, mapping, missing, context, setPhase]);

  /** Drops the check of the file closed. */
  const clear = () => {
    checking.current?.abort();
    setPrepared(null);
    setOrder([]);
  };
  /** A new file starts without the picks, fixes, ticks and matches of the last one. */
  const restart = () => {
    setChoices(new Map());
    setEdits(new Map());
    setToggled(new Set());
    cache.current = createImportCache();
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

  return { prepared, order, choices, edits, clear, restart, onEdit, onPick, onToggle, isTicked, cellOf, regionName, regions };
}
