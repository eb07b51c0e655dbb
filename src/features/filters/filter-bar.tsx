import './filters.css';
import { CATEGORY_STATUSES } from '@/domain/award-record';
import type { Dataset } from '@/domain/dataset';
import { useT } from '@/i18n/use-t';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '@/state/store';
import { MAP_LEVELS, MAP_MODES } from '@/domain/select-regions';
import { ProvincePicker } from './province-picker';
import { CHANGE_FILTERS } from '@/domain/transitions';
import { CATEGORY_COLORS, CHANGE_COLORS } from '@/shared/region-paint';
import { useBaselineYear, useEffectiveYear } from '@/shared/use-region-rows';
import { classLabel } from '@/shared/view-count-lines';

/** Edition, map colours and baseline, provinces, categories, change against the baseline; every choice lands in the URL. */
export function FilterBar({ dataset }: { dataset: Dataset }) {
  const { t } = useT();
  const year = useEffectiveYear(dataset);
  const base = useBaselineYear(dataset);
  const earlier = dataset.years.filter((y) => y < year);
  // Only what the filters show: a camera move must not re-render the form.
  const s = useViewStore(
    useShallow((v) => ({
      provinces: v.provinces,
      categories: v.categories,
      changes: v.changes,
      setYear: v.setYear,
      level: v.level,
      setLevel: v.setLevel,
      mode: v.mode,
      setMode: v.setMode,
      setBase: v.setBase,
      setProvinces: v.setProvinces,
      toggleCategory: v.toggleCategory,
      toggleChange: v.toggleChange,
      resetFilters: v.resetFilters,
    })),
  );
  const active = s.provinces.length + s.categories.length + s.changes.length > 0;
  return (
    <form className="filters" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="field level-switch">
        <legend>{t('levelLabel')}</legend>
        {MAP_LEVELS.map((l) => (
          <label key={l} className="check-label">
            <input type="radio" name="map-level" value={l} checked={s.level === l} onChange={() => s.setLevel(l)} data-testid={`level-${l}`} />
            {t(l === 'kabkota' ? 'levelKabkota' : 'levelProvinsi')}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>{t('edition')}</span>
        <select value={year} onChange={(e) => s.setYear(Number(e.target.value))} data-testid="edition-select">
          {dataset.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>

      <fieldset className="field mode-switch">
        <legend>{t('mapMode')}</legend>
        {MAP_MODES.map((m) => (
          <label key={m} className="check-label">
            <input type="radio" name="map-mode" value={m} checked={s.mode === m} onChange={() => s.setMode(m)} data-testid={`mode-${m}`} />
            {t(m === 'change' ? 'modeChange' : 'modeCategory')}
          </label>
        ))}
      </fieldset>
      {/* The baseline is always named: a change means nothing without the edition it is measured against. */}
      <label className="field">
        <span>{t('baseline')}</span>
        {base === null ? (
          <span className="muted small" data-testid="no-baseline">
            {t('noBaseline', { year })}
          </span>
        ) : (
          <select value={base} onChange={(e) => s.setBase(Number(e.target.value))} data-testid="baseline-select">
            {earlier.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        )}
      </label>

      <fieldset className="field">
        <legend>{t('province')}</legend>
        <ProvincePicker provinces={dataset.provinces} selected={s.provinces} onChange={s.setProvinces} />
      </fieldset>

      <fieldset className="field">
        <legend>{t('category')}</legend>
        {CATEGORY_STATUSES.map((c) => (
          <label key={c} className="check-label">
            <input type="checkbox" checked={s.categories.includes(c)} onChange={() => s.toggleCategory(c)} data-testid={`category-${c}`} />
            <span className="swatch" style={{ background: CATEGORY_COLORS[c] }} aria-hidden="true" /> {t(c)}
          </label>
        ))}
      </fieldset>

      <fieldset className="field">
        <legend>{base === null ? t('change') : t('changeFilterVs', { base })}</legend>
        {CHANGE_FILTERS.map((c) => (
          <label key={c} className="check-label">
            <input
              type="checkbox"
              checked={s.changes.includes(c)}
              onChange={() => s.toggleChange(c)}
              disabled={base === null && !s.changes.includes(c)}
              data-testid={`change-${c}`}
            />
            <span className="swatch" style={{ background: CHANGE_COLORS[c] }} aria-hidden="true" /> {classLabel(c, { year, base }, t)}
          </label>
        ))}
      </fieldset>

      <button type="button" onClick={s.resetFilters} disabled={!active} data-testid="reset-filters">
        {t('reset')}
      </button>
    </form>
  );
}
