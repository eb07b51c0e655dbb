import { create } from 'zustand';
import type { CategoryStatus } from '@/domain/award-record';
import { canonicalCamera, type UrlNotice } from './url-state';
import type { MapLevel, MapMode } from '@/domain/select-regions';
import type { ChangeFilter } from '@/domain/transitions';
import { DEFAULT_VIEW, type Camera, type Lang, type ViewMode, type ViewState } from './view-state';

export interface ViewStore extends ViewState {
  /** URL values that were dropped, shown until dismissed. */
  notices: UrlNotice[];
  setYear(year: number | null): void;
  setLevel(level: MapLevel): void;
  setProvinces(codes: string[]): void;
  toggleProvince(code: string): void;
  setCategories(c: CategoryStatus[]): void;
  toggleCategory(c: CategoryStatus): void;
  setChanges(c: ChangeFilter[]): void;
  setMode(m: MapMode): void;
  setBase(year: number | null): void;
  toggleChange(c: ChangeFilter): void;
  /**
   * Opens a region (null: closes it). `camera`: the view it was clicked in on the map, kept (and so in the
   * address); without one (search, table, keyboard) the map fits the region. Closing keeps the camera.
   */
  selectRegion(code: string | null, camera?: Camera): void;
  /** "Seluruh Indonesia": region, provinces and camera let go, the map back on the whole country. */
  showCountry(): void;
  setView(v: ViewMode): void;
  setLang(l: Lang): void;
  setCamera(c: Camera | null): void;
  resetFilters(): void;
  /** Replaces the whole view (from the URL on load or Back/Forward). */
  replaceView(v: ViewState): void;
  setNotices(n: UrlNotice[]): void;
  dismissNotices(): void;
}

const toggle = <T>(list: T[], v: T): T[] => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  notices: [],
  // A baseline is an earlier edition: one that is no longer earlier falls back to the default (the one before).
  setYear: (year) => set((s) => ({ year, ...(s.base !== null && year !== null && s.base >= year ? { base: null } : {}) })),
  // A selected kab/kota is not on the province map (and the other way round): the panel closes.
  setLevel: (level) => set((s) => (s.level === level ? {} : { level, region: null })),
  // Choosing provinces is asking to look at them: the map fits them, so a camera of the user's own is let go.
  setProvinces: (provinces) => set({ provinces: [...new Set(provinces)].sort(), camera: null }),
  toggleProvince: (code) => set((s) => ({ provinces: toggle(s.provinces, code).sort(), camera: null })),
  setCategories: (categories) => set({ categories }),
  toggleCategory: (c) => set((s) => ({ categories: toggle(s.categories, c) })),
  setChanges: (changes) => set({ changes }),
  toggleChange: (c) => set((s) => ({ changes: toggle(s.changes, c) })),
  setMode: (mode) => set({ mode }),
  setBase: (base) => set({ base }),
  // A kabupaten/kota chosen while the map shows provinces (search, table, history) brings its own level back.
  selectRegion: (region, camera) =>
    set((s) => ({
      region,
      ...(region && region.length > 2 && s.level === 'provinsi' ? { level: 'kabkota' as const } : {}),
      ...(region ? { camera: camera ? canonicalCamera(camera) : null } : {}),
    })),
  showCountry: () => set({ region: null, provinces: [], camera: null }),
  setView: (view) => set({ view }),
  setLang: (lang) => set({ lang }),
  setCamera: (camera) => set({ camera: camera ? canonicalCamera(camera) : null }),
  resetFilters: () => set((s) => ({ provinces: [], categories: [], changes: [], ...(s.provinces.length ? { camera: null } : {}) })),
  replaceView: (v) => set({ ...v }),
  setNotices: (notices) => set({ notices }),
  dismissNotices: () => set({ notices: [] }),
}));

export function viewStateOf(s: ViewState): ViewState {
  return {
    year: s.year,
    level: s.level,
    provinces: s.provinces,
    categories: s.categories,
    mode: s.mode,
    base: s.base,
    changes: s.changes,
    region: s.region,
    view: s.view,
    lang: s.lang,
    camera: s.camera,
    embed: s.embed,
  };
}
