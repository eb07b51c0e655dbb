import { useState } from 'react';
import type { ImportField } from '@/data/import/column-mapping';
import { useT } from '@/i18n/use-t';
import { fieldLabel } from './import-text';

const CATEGORY_OPTIONS = [
  ['Utama', 'utama'],
  ['Madya', 'madya'],
  ['Pratama', 'pratama'],
  ['Awarded', 'awarded'],
  ['None', 'none'],
] as const;

/** Any region, by name: for a row whose name matches none or whose code is unknown; a pick is made once the text ends in a listed code. */
export function RegionSearch({
  line,
  listId,
  chosen,
  regionName,
  onPick,
}: {
  line: number;
  listId: string;
  chosen?: string;
  regionName(code: string): string;
  onPick(line: number, code: string): void;
}) {
  const { t } = useT();
  const [text, setText] = useState(chosen ? `${regionName(chosen)} (${chosen})` : '');
  return (
    <input
      type="search"
      className="region-search"
      list={listId}
      value={text}
      placeholder={t('impSearchPlaceholder')}
      aria-label={t('impSearchRegion', { line })}
      onChange={(e) => {
        setText(e.target.value);
        const code = /\((\d{2}(?:\.\d{2})?)\)\s*$/.exec(e.target.value)?.[1];
        if (code) onPick(line, code);
        else if (!e.target.value) onPick(line, '');
      }}
    />
  );
}

/** A cell corrected in place; a category is chosen from the outcomes the checks know, not typed. */
export function FieldFix({
  line,
  field,
  value,
  onEdit,
}: {
  line: number;
  field: ImportField;
  value: string;
  onEdit(line: number, field: ImportField, value: string): void;
}) {
  const { t } = useT();
  const label = t('impFixField', { field: fieldLabel(t, field), line });
  if (field === 'category') {
    const known = CATEGORY_OPTIONS.some(([v]) => v === value);
    return (
      <label className="field-fix">
        <span>{fieldLabel(t, field)}</span>
        <select aria-label={label} value={known ? value : ''} onChange={(e) => onEdit(line, field, e.target.value)}>
          <option value="">{value ? `‘${value}’` : t('impPickNone')}</option>
          {CATEGORY_OPTIONS.map(([v, key]) => (
            <option key={v} value={v}>
              {t(key)}
            </option>
          ))}
        </select>
      </label>
    );
  }
  return (
    <label className="field-fix">
      <span>{fieldLabel(t, field)}</span>
      <input
        type="text"
        aria-label={label}
        value={value}
        inputMode={field === 'year' ? 'numeric' : undefined}
        onChange={(e) => onEdit(line, field, e.target.value)}
      />
    </label>
  );
}
