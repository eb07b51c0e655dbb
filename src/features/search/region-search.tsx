import './region-search.css';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { placesQuery } from '@/data/places-file';
import type { Dataset } from '@/domain/dataset';
import { placesOf } from '@/domain/places';
import { regionInEdition } from '@/domain/select-regions';
import type { RegionSuggestion } from '@/domain/suggest-regions';
import { useT } from '@/i18n/use-t';
import { CategoryBadge } from '@/shared/category-badge';
import { useEffectiveYear } from '@/shared/use-region-rows';
import { useViewStore } from '@/state/store';

/** One line: "Kabupaten Banyuasin (16.07) · Sumatera Selatan" or "Kandangan (kecamatan) · Kabupaten Hulu Sungai Selatan", and its category. */
function SuggestionText({ s, dataset, year }: { s: RegionSuggestion; dataset: Dataset; year: number }) {
  const { t } = useT();
  const region = dataset.byCode.get(s.code)!;
  const province = region.level === 'provinsi' ? t('provinsi') : dataset.byCode.get(region.provinceCode)?.name;
  const status = regionInEdition(dataset.recordsByCode.get(s.code) ?? [], year).outcome ?? 'unknown';
  return (
    <>
      {s.place ? (
        <>
          <span className="suggestion-name">{s.place.name}</span>
          <span className="muted"> ({t(s.place.kind === 'kecamatan' ? 'placeKecamatan' : 'placeKelurahan')})</span>
          <span className="suggestion-province"> · {region.name}</span>
        </>
      ) : (
        <>
          <span className="suggestion-name">{region.name}</span>
          {s.alias && <span className="muted"> ({s.alias})</span>}
          <span className="muted suggestion-province"> · {province}</span>
        </>
      )}{' '}
      <span className="suggestion-category">
        <span className="sr-only">{t('searchCategoryIn', { year })}: </span>
        <CategoryBadge status={status} />
      </span>
    </>
  );
}

/**
 * The search box as an ARIA combobox: suggestions from the first letter (names, short names such as HSS,
 * Kemendagri codes, provinces, then kecamatan and kelurahan names), each with its category in the edition on
 * the map; arrow keys to move, Enter to open the highlighted one — never a region the user did not see — and
 * Escape to close the list, then to clear the text. The place names (~70 KB) are fetched when the box is first
 * used, never with the first view.
 */
export function RegionSearch({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const selectRegion = useViewStore((s) => s.selectRegion);
  const setCamera = useViewStore((s) => s.setCamera);
  const year = useEffectiveYear(dataset);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [used, setUsed] = useState(false);
  const [focused, setFocused] = useState(false);
  // The highlighted line belongs to the text it was chosen for: new text starts again at the first line.
  const [cursor, setCursor] = useState({ query: '', index: 0 });
  const listId = useId();
  // The matching code (~5 KB gzip, with the aliases) from the first focus, the place names from the first letter.
  const engine = useQuery({ queryKey: ['search-engine'], queryFn: () => import('./search-engine'), enabled: used || focused, staleTime: Infinity, retry: 1 });
  const placesFile = useQuery({ ...placesQuery, enabled: used });
  const match = engine.data;
  const places = useMemo(
    () => (match && placesFile.data ? match.indexPlaces(placesOf(placesFile.data, dataset)) : undefined),
    [match, placesFile.data, dataset],
  );
  const suggestions = useMemo(() => (match && query.trim() ? match.suggestRegions(query, dataset, 8, places) : []), [match, query, dataset, places]);
  const placesPending = used && placesFile.isPending;
  // Until the matching code is in, nothing is "not found": the reader is told the search is getting ready.
  const notReady = match ? null : engine.isError ? t('searchFailed') : t('searchLoading');
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
            setUsed(true);
            if (engine.isError) void engine.refetch();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => {
            setFocused(true);
            setOpen(true);
            setUsed(true);
            if (engine.isError) void engine.refetch();
          }}
          autoComplete="off"
          data-testid="search-input"
        />
        <ul id={listId} role="listbox" aria-label={t('searchSuggestions')} className="suggestions" hidden={!expanded} data-testid="search-suggestions">
          {expanded &&
            suggestions.map((s, i) => (
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
                <SuggestionText s={s} dataset={dataset} year={year} />
              </li>
            ))}
        </ul>
      </div>
      <p className="sr-only" role="status" aria-live="polite">
        {query.trim() && open
          ? suggestions.length
            ? t('searchSuggestionCount', { n: suggestions.length })
            : notReady
              ? notReady
              : placesPending
                ? t('searchPlacesLoading')
                : t('searchNoResult', { q: query.trim() })
          : ''}
      </p>
      {query.trim() && open && suggestions.length === 0 && notReady && (
        <p className="search-empty" data-testid="search-empty">
          <span className="muted small">{notReady}</span>
        </p>
      )}
      {query.trim() && open && suggestions.length === 0 && !notReady && (
        <p className="search-empty" data-testid="search-empty">
          {t('searchNoResult', { q: query.trim() })}
          {placesPending && <span className="muted small"> {t('searchPlacesLoading')}</span>}
          {placesFile.isError && <span className="muted small"> {t('searchPlacesFailed')}</span>}
        </p>
      )}
    </div>
  );
}
