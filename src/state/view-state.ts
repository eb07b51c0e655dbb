import type { CategoryStatus } from '@/domain/award-record';
import type { MapLevel } from '@/domain/select-regions';
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
  /** Compared with the previous edition in which the region has a record. */
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
  changes: [],
  region: null,
  view: 'map',
  lang: 'id',
  camera: null,
  embed: false,
};
