import type { CategoryStatus } from '@/domain/award-record';
import type { MapLevel, MapMode } from '@/domain/select-regions';
import type { ChangeFilter } from '@/domain/transitions';

export type Lang = 'id' | 'en';
export type ViewMode = 'map' | 'table';

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

/** Everything the user is looking at; the URL carries all of it. */
export interface ViewState {
  /** null: the latest edition. */
  year: number | null;
  /** kabupaten/kota (default) or provinces. */
  level: MapLevel;
  provinces: string[];
  categories: CategoryStatus[];
  /** What the colours show: categories, or change against the baseline edition. */
  mode: MapMode;
  /** The edition changes are measured against; null: the edition before the selected one. */
  base: number | null;
  /** Change classes shown, measured against the baseline edition. */
  changes: ChangeFilter[];
  region: string | null;
  view: ViewMode;
  lang: Lang;
  /** null: fit Indonesia. */
  camera: Camera | null;
  /** The compact page for an <iframe> in an article (`embed=1`). */
  embed: boolean;
}

export const DEFAULT_VIEW: ViewState = {
  year: null,
  level: 'kabkota',
  provinces: [],
  categories: [],
  mode: 'category',
  base: null,
  changes: [],
  region: null,
  view: 'map',
  lang: 'id',
  camera: null,
  embed: false,
};
