import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Region } from '@/domain/regions';
import { useT } from '@/i18n/use-t';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Provinces to filter by, for thumbs and keys: a plain tap or click adds or removes one (no Ctrl-click), the
 * chosen ones stand as chips with a remove button, typing narrows the list, arrows move and Enter or Space
 * toggles; every change is announced.
 */
export function ProvincePicker({
  provinces,
  selected,
  onChange,
}: {
  provinces: readonly Region[];
  selected: readonly string[];
  onChange(codes: string[]): void;
}) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [said, setSaid] = useState('');
  const listId = useId();
  const shown = useMemo(() => provinces.filter((p) => fold(p.name).includes(fold(text.trim()))), [provinces, text]);
  const current = Math.min(active, shown.length - 1);
  const nameOf = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;

  const toggle = (code: string) => {
    const on = !selected.includes(code);
    const next = on ? [...selected, code] : selected.filter((c) => c !== code);
    onChange(next);
    setSaid(t(on ? 'provinceAdded' : 'provinceRemoved', { province: nameOf(code), n: next.length }));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (shown.length) setActive((current + (e.key === 'ArrowDown' ? 1 : -1) + shown.length) % shown.length);
    } else if (e.key === 'Enter' || (e.key === ' ' && text === '')) {
      e.preventDefault();
      const p = shown[current];
      if (p) toggle(p.code);
    } else if (e.key === 'Escape' && text) {
      e.preventDefault();
      setText('');
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;

  return (
    <div className="province-picker" data-testid="province-picker">
      {selected.length > 0 && (
        <ul className="chips" aria-label={t('provincesChosen')}>
          {selected.map((code) => (
            <li key={code} className="chip">
              <span>{nameOf(code)}</span>
              <button
                type="button"
                onClick={() => toggle(code)}
                aria-label={t('removeProvince', { province: nameOf(code) })}
                data-testid={`chip-remove-${code}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown.length ? optionId(current) : undefined}
        aria-label={t('findProvince')}
        placeholder={t('findProvince')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
        data-testid="province-filter-input"
      />
      <ul id={listId} role="listbox" aria-multiselectable="true" aria-label={t('province')} className="province-options" data-testid="province-options">
        {shown.map((p, i) => (
          <li
            key={p.code}
            id={optionId(i)}
            role="option"
            aria-selected={selected.includes(p.code)}
            className={i === current ? 'province-option province-option--active' : 'province-option'}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setActive(i);
              toggle(p.code);
            }}
            data-code={p.code}
          >
            <span className="tick" aria-hidden="true">
              {selected.includes(p.code) ? '✓' : ''}
            </span>
            {p.name}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="muted">{t('searchNoResult', { q: text.trim() })}</p>}
      <p className="sr-only" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  );
}
