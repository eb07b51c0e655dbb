import './region-search.css';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Dataset } from '@/domain/dataset';
import { suggestRegions } from '@/domain/suggest-regions';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';

/**
 * The search box as an ARIA combobox: suggestions from the first letter (names, short names such as HSS,
 * provinces), arrow keys to move, Enter to open the highlighted one — never a region the user did not see —
 * and Escape to close the list, then to clear the text.
 */
export function RegionSearch({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const selectRegion = useViewStore((s) => s.selectRegion);
  const setCamera = useViewStore((s) => s.setCamera);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // The highlighted line belongs to the text it was chosen for: new text starts again at the first line.
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  const listId = useId();
  const suggestions = useMemo(() => (query.trim() ? suggestRegions(query, dataset) : []), [query, dataset]);
  const active = cursor.query === query ? Math.min(cursor.index, suggestions.length - 1) : 0;
  const expanded = open && suggestions.length > 0;

  const choose = (code: string) => {
    // Dropping the stored camera lets the map fit the chosen region.
    setCamera(null);
    selectRegion(code);
    setQuery('');
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!suggestions.length) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setCursor({ query, index: expanded ? (active + step + suggestions.length) % suggestions.length : 0 });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const s = expanded ? suggestions[active] : undefined;
      if (s) choose(s.code);
      else if (suggestions.length) setOpen(true);
    } else if (e.key === 'Escape' && expanded) {
      // The list closes first; the dashboard's Escape (close the panel) waits for the next press.
      e.preventDefault();
      setOpen(false);
    }
  };
  const optionId = (i: number) => `${listId}-option-${i}`;

  return (
    <div className="search" role="search">
      <label htmlFor="region-search" className="sr-only">
        {t('search')}
      </label>
      <div className="combobox">
        <input
          id="region-search"
          type="search"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded ? optionId(active) : undefined}
          value={query}
          placeholder={t('searchPlaceholder')}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => setOpen(true)}
          autoComplete="off"
          data-testid="search-input"
        />
        <ul id={listId} role="listbox" aria-label={t('searchSuggestions')} className="suggestions" hidden={!expanded} data-testid="search-suggestions">
          {expanded &&
            suggestions.map((s, i) => {
              const region = dataset.byCode.get(s.code)!;
              const province = region.level === 'provinsi' ? t('provinsi') : dataset.byCode.get(region.provinceCode)?.name;
              return (
                <li
                  key={s.code}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'suggestion suggestion--active' : 'suggestion'}
                  // Keeps the focus in the box, so the click lands before the list closes on blur.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(s.code)}
                  data-code={s.code}
                >
                  <span className="suggestion-name">{region.name}</span>
                  {s.alias && <span className="muted"> ({s.alias})</span>}
                  <span className="muted suggestion-province"> · {province}</span>
                </li>
              );
            })}
        </ul>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {query.trim() && open ? (suggestions.length ? t('searchSuggestionCount', { n: suggestions.length }) : t('searchNoResult', { q: query.trim() })) : ''}
      </p>
      {query.trim() && open && suggestions.length === 0 && (
        <p className="search-empty" data-testid="search-empty">
          {t('searchNoResult', { q: query.trim() })}
        </p>
      )}
    </div>
  );
}
