import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from '@/data/import/column-mapping';
import type { ReadFile, Sheet } from '@/data/import/read-spreadsheet';
import { formatNumber } from '@/i18n/format';
import { useT } from '@/i18n/use-t';
import { fieldLabel } from './import-text';

interface Props {
  read: ReadFile;
  sheet: Sheet;
  tableIndex: number;
  onTable(index: number): void;
  onHeaderLine(line: number): void;
  mapping: ColumnMapping;
  onColumn(field: ImportField, column: number | undefined): void;
  defaultYear: number | undefined;
  onDefaultYear(year: number | undefined): void;
  missing: readonly ImportField[];
}

function sample(sheet: Sheet, column: number): string {
  for (const row of sheet.rows.slice(0, 8)) {
    const v = (row.cells[column] ?? '').trim();
    if (v) return v.length > 28 ? `${v.slice(0, 27)}…` : v;
  }
  return '';
}

/** Which of the file's columns holds which field, with the fields' human names; the sheet and the header row. */
export function MappingEditor({ read, sheet, tableIndex, onTable, onHeaderLine, mapping, onColumn, defaultYear, onDefaultYear, missing }: Props) {
  const { t, lang } = useT();
  const used = new Set(Object.values(mapping));
  const ignored = sheet.headers.map((h, i) => [h || t('impColumnN', { n: i + 1 }), i] as const).filter(([h, i]) => !used.has(i) && h);
  const title = sheet.sheetName && read.tables.length > 1 ? `${sheet.fileName} › ${sheet.sheetName}` : sheet.fileName;
  return (
    <>
      <details open={missing.length > 0} className="mapping">
        <summary>
          {t('impColumns')}: {title}
        </summary>
        <div className="mapping-source">
          {read.tables.length > 1 && (
            <label>
              {t('impSheet')}{' '}
              <select value={tableIndex} onChange={(e) => onTable(Number(e.target.value))} data-testid="sheet-select">
                {read.tables.map((tb, i) => (
                  <option key={tb.name} value={i}>
                    {t('impSheetOption', { name: tb.name, n: formatNumber(tb.rows.length, lang) })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {read.format !== 'json' && (
            <label>
              {t('impHeaderRow')}{' '}
              <input
                type="number"
                min={1}
                value={sheet.headerLine}
                onChange={(e) => e.target.value && onHeaderLine(Number(e.target.value))}
                data-testid="header-row"
                className="narrow"
              />
            </label>
          )}
        </div>
        <div className="mapping-grid">
          {IMPORT_FIELDS.map((f) => (
            <label key={f}>
              <span>{fieldLabel(t, f)}</span>
              <select
                aria-label={t('impColumnFor', { field: fieldLabel(t, f) })}
                value={mapping[f] ?? ''}
                onChange={(e) => onColumn(f, e.target.value === '' ? undefined : Number(e.target.value))}
              >
                <option value="">{t('impNotUsed')}</option>
                {sheet.headers.map((h, i) => {
                  const header = h || t('impColumnN', { n: i + 1 });
                  const s = sample(sheet, i);
                  return (
                    <option key={i} value={i}>
                      {s ? t('impColumnSample', { header, sample: s }) : header}
                    </option>
                  );
                })}
              </select>
            </label>
          ))}
        </div>
        {mapping.year === undefined && (
          <label>
            {t('impDefaultYear')}{' '}
            <input
              type="number"
              min={2014}
              max={2100}
              className="narrow"
              value={defaultYear ?? ''}
              onChange={(e) => onDefaultYear(e.target.value ? Number(e.target.value) : undefined)}
            />
          </label>
        )}
      </details>
      {ignored.length > 0 && <p className="muted">{t('impIgnoredColumns', { cols: ignored.map(([h]) => h).join(', ') })}</p>}
      {missing.length > 0 && (
        <p role="alert" className="flag">
          {t('impMissingColumns', { fields: missing.map((f) => fieldLabel(t, f)).join(', ') })}
        </p>
      )}
    </>
  );
}
