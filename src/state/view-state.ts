import type { CategoryStatus } from '@/domain/award-record';

export type Lang = 'id' | 'en';
export type ViewMode = 'map' | 'table';
/** The `change` filter compares with the previous edition in which the region has a record. */
export type ChangeFilter = 'up' | 'down' | 'same' | 'new';
export const CHANGE_FILTERS: readonly ChangeFilter[] = ['up', 'down', 'same', 'new'];

export interface Camera {
  zoom: number;
  lat: number;
  lng: number;
}

/** Everything the user is looking at; the URL carries all of it. */
export interface ViewState {
  /** null: the latest edition. */
  year: number | null;
  provinces: string[];
  categories: CategoryStatus[];
  changes: ChangeFilter[];
  region: string | null;
  view: ViewMode;
  lang: Lang;
  /** null: fit Indonesia. */
  camera: Camera | null;
}

export const DEFAULT_VIEW: ViewState = {
  year: null,
  provinces: [],
  categories: [],
  changes: [],
  region: null,
  view: 'map',
  lang: 'id',
  camera: null,
};
