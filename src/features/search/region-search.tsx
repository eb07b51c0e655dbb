import { useState } from 'react';
import type { Dataset } from '@/domain/dataset';
import { matchRegionName, type MatchCandidate } from '@/domain/match-name';
import { useT } from '@/i18n/use-t';
import { useViewStore } from '@/state/store';

/** Free text (HSS, "kab banyuasin", small typos) → the region; ambiguous text offers the candidates. */
export function RegionSearch({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const selectRegion = useViewStore((s) => s.selectRegion);
  const setCamera = useViewStore((s) => s.setCamera);
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<{ q: string; candidates: MatchCandidate[] } | null>(null);

  const choose = (code: string) => {
    // Dropping the stored camera lets the map fit the chosen region.
    setCamera(null);
    selectRegion(code);
    setResult(null);
    setQuery('');
  };
  const submit = () => {
    const q = query.trim();
    if (!q) return;
    // A Dataset is a Gazetteer (provinces, regencies, byCode), so the matcher's index is cached per dataset.
    const m = matchRegionName(q, dataset);
    if (m.kind === 'match') choose(m.code);
    else setResult({ q, candidates: m.candidates.slice(0, 8) });
  };

  return (
    <div className="search" role="search">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor="region-search">{t('search')}</label>
        <div className="search-row">
          <input
            id="region-search"
            type="search"
            value={query}
            placeholder={t('searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
            autoComplete="off"
            data-testid="search-input"
          />
          <button type="submit" aria-label={t('search')}>
            ⌕
          </button>
        </div>
      </form>
      {result && (
        <div className="search-result" role="status">
          {result.candidates.length === 0 ? (
            <p>{t('searchNoResult', { q: result.q })}</p>
          ) : (
            <>
              <p>{t('searchChoose')}</p>
              <ul>
                {result.candidates.map((c) => (
                  <li key={c.code}>
                    <button type="button" className="link" onClick={() => choose(c.code)}>
                      {c.name}
                      {c.code.length > 2 ? ` · ${dataset.byCode.get(c.provinceCode)?.name ?? ''}` : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
