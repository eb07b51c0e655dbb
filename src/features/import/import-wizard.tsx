import { useMemo, useState, type DragEvent } from 'react';
import type { Dataset } from '@/domain/dataset';
import { guessColumnMapping, IMPORT_FIELDS, missingFields, type ColumnMapping, type ImportField } from '@/data/import/column-mapping';
import { prepareImport, type ImportRowResult } from '@/data/import/prepare-import';
import { MAX_IMPORT_BYTES, readSpreadsheetFile, SpreadsheetError, type Sheet } from '@/data/import/read-spreadsheet';
import { useImportActions } from '@/data/import/use-imports';
import { useT } from '@/i18n/use-t';

const STATUS_KEY = { accepted: 'rowAccepted', rejected: 'rowRejected', choose: 'rowChoose' } as const;

/** Pick or drop a file → check the column mapping → read the report row by row → apply the rows kept. */
export function ImportWizard({ dataset, onApplied }: { dataset: Dataset; onApplied: (message: string) => void }) {
  const { t } = useT();
  const { save } = useImportActions();
  const [sheet, setSheet] = useState<Sheet | null>(null);
  /** When the file was opened: the layer's date and id. */
  const [importedAt, setImportedAt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [defaultYear, setDefaultYear] = useState<number | undefined>();
  const [choices, setChoices] = useState<ReadonlyMap<number, string>>(new Map());
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const [dragging, setDragging] = useState(false);

  const missing = useMemo(() => (sheet ? missingFields(mapping, defaultYear) : []), [sheet, mapping, defaultYear]);
  const results: ImportRowResult[] = useMemo(
    () =>
      sheet && missing.length === 0 ? prepareImport(sheet, mapping, { gazetteer: dataset, fileName: sheet.fileName, importedAt, choices, defaultYear }) : [],
    [sheet, missing, mapping, dataset, importedAt, choices, defaultYear],
  );
  const applicable = results.filter((r) => r.status === 'accepted' && r.record && !skipped.has(r.line));
  const count = (s: ImportRowResult['status']) => results.filter((r) => r.status === s).length;

  const open = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    try {
      const s = await readSpreadsheetFile(file);
      setSheet(s);
      setImportedAt(new Date().toISOString());
      setMapping(guessColumnMapping(s.headers).mapping);
      setChoices(new Map());
      setSkipped(new Set());
      setDefaultYear(undefined);
    } catch (e) {
      setSheet(null);
      setError(e instanceof SpreadsheetError ? e.message : String((e as Error).message ?? e));
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void open(e.dataTransfer.files[0]);
  };
  const apply = async () => {
    if (!sheet || applicable.length === 0) return;
    const id = `import-${importedAt}-${sheet.fileName}`;
    const records = applicable.map((r) => ({ ...r.record!, id: `${id}/${r.line}` }));
    await save.mutateAsync({ id, fileName: sheet.fileName, importedAt, hidden: false, records });
    onApplied(t('applied', { n: records.length, file: sheet.fileName }));
    setSheet(null);
  };
  const usedColumns = new Set(Object.values(mapping));
  const ignored = sheet ? sheet.headers.filter((_, i) => !usedColumns.has(i)) : [];

  return (
    <section className="import-wizard" aria-labelledby="import-title">
      <h3 id="import-title">{t('importFile')}</h3>
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
        <p>{t('importHint', { mb: MAX_IMPORT_BYTES / 1024 / 1024 })}</p>
        <label className="button-like">
          {t('chooseFile')}
          <input type="file" accept=".csv,.json,.txt,text/csv,application/json" data-testid="import-file" onChange={(e) => void open(e.target.files?.[0])} />
        </label>
      </div>
      {error && (
        <p role="alert" className="flag">
          {t('importFailed', { reason: error })}
        </p>
      )}
      {sheet && (
        <>
          <details open={missing.length > 0} className="mapping">
            <summary>
              {t('columnMapping')}: {sheet.fileName}
            </summary>
            <div className="mapping-grid">
              {IMPORT_FIELDS.map((f) => (
                <label key={f}>
                  <span>{f}</span>
                  <select
                    aria-label={t('columnFor', { field: f })}
                    value={mapping[f] ?? ''}
                    onChange={(e) => setMapping(withColumn(mapping, f, e.target.value === '' ? undefined : Number(e.target.value)))}
                  >
                    <option value="">{t('notUsed')}</option>
                    {sheet.headers.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `#${i + 1}`}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            {mapping.year === undefined && (
              <label>
                {t('defaultYear')}{' '}
                <input
                  type="number"
                  min={2014}
                  max={2100}
                  value={defaultYear ?? ''}
                  onChange={(e) => setDefaultYear(e.target.value ? Number(e.target.value) : undefined)}
                />
              </label>
            )}
          </details>
          {ignored.length > 0 && <p className="muted">{t('ignoredColumns', { cols: ignored.join(', ') })}</p>}
          {missing.length > 0 && (
            <p role="alert" className="flag">
              {t('missingColumns', { fields: missing.join(', ') })}
            </p>
          )}
          {results.length > 0 && (
            <>
              <h4>{t('validationReport')}</h4>
              <p role="status" data-testid="import-summary">
                {t('rowsSummary', { accepted: count('accepted'), choose: count('choose'), rejected: count('rejected') })}
              </p>
              <div className="table-scroll">
                <table className="import-report" data-testid="import-report">
                  <thead>
                    <tr>
                      <th scope="col">{t('line')}</th>
                      <th scope="col">{t('region')}</th>
                      <th scope="col">{t('statusCol')}</th>
                      <th scope="col">{t('reasons')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {results.map((r) => (
                      <tr key={r.line} data-status={r.status}>
                        <td>{r.line}</td>
                        <td>
                          {r.label}
                          {r.record && <span className="muted"> → {dataset.byCode.get(r.record.code)?.name}</span>}
                        </td>
                        <td>
                          {r.status === 'accepted' && (
                            <label>
                              <input
                                type="checkbox"
                                checked={!skipped.has(r.line)}
                                aria-label={t('keepRow', { line: r.line })}
                                onChange={(e) => setSkipped(toggled(skipped, r.line, !e.target.checked))}
                              />{' '}
                              {t('rowAccepted')}
                            </label>
                          )}
                          {r.status === 'choose' && (
                            <select
                              aria-label={t('pickRegion', { line: r.line })}
                              value={choices.get(r.line) ?? ''}
                              onChange={(e) => setChoices(chosen(choices, r.line, e.target.value))}
                            >
                              <option value="">{t('skipRow')}</option>
                              {r.candidates?.map((c) => (
                                <option key={c.code} value={c.code}>
                                  {c.name} ({c.code})
                                </option>
                              ))}
                            </select>
                          )}
                          {r.status === 'rejected' && t(STATUS_KEY[r.status])}
                        </td>
                        <td>
                          {[...r.messages, ...r.warnings].map((m, i) => (
                            <div key={i} className={i < r.messages.length ? 'flag' : 'muted'}>
                              {m}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={applicable.length === 0 || save.isPending}
              onClick={() => void apply()}
              data-testid="apply-import"
            >
              {t('applyRows', { n: applicable.length })}
            </button>
            <button type="button" onClick={() => setSheet(null)}>
              {t('cancel')}
            </button>
          </div>
          {save.isError && (
            <p role="alert" className="flag">
              {t('storageUnavailable')}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function withColumn(m: ColumnMapping, field: ImportField, index: number | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  // One column feeds one field: taking it for this field releases it from any other.
  for (const [f, i] of Object.entries(m) as [ImportField, number][]) if (i !== index && f !== field) next[f] = i;
  if (index !== undefined) next[field] = index;
  return next;
}

function toggled(set: ReadonlySet<number>, line: number, on: boolean): Set<number> {
  const next = new Set(set);
  if (on) next.add(line);
  else next.delete(line);
  return next;
}

function chosen(map: ReadonlyMap<number, string>, line: number, code: string): Map<number, string> {
  const next = new Map(map);
  if (code) next.set(line, code);
  else next.delete(line);
  return next;
}
