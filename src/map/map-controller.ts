import type { FeatureCollection } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';
import type { MapLevel, RegionRow } from '@/domain/select-regions';
import type { Boundaries } from '@/data/load-boundaries';
import { changedStates, paintStates, polygonFor, type RegionPaintState } from '@/shared/region-paint';
import type { Camera } from '@/state/view-state';
import { importedFilter, INDONESIA_BOUNDS, LAYER, LEVEL_LAYERS, LEVEL_SOURCE, PROVINCES_SOURCE, REGIONS_SOURCE } from './map-style';

export type Bbox = [number, number, number, number];
export type Padding = number | { top: number; bottom: number; left: number; right: number };

/**
 * The part of a MapLibre map the controller drives. Small on purpose: the unit tests drive the controller
 * against a fake that records these calls, and `mapPort()` adapts the real map.
 */
export interface MapPort {
  setFeatureState(target: { source: string; id: string }, state: Record<string, unknown>): void;
  setFilter(layer: string, filter: FilterSpecification): void;
  setVisibility(layer: string, visible: boolean): void;
  setSourceData(source: string, data: FeatureCollection): void;
  fitBounds(bounds: Bbox, options: { padding: Padding; maxZoom: number; duration: number }): void;
  jumpTo(camera: { zoom: number; center: [number, number] }): void;
  easeTo(options: { center: [number, number]; duration: number }): void;
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
  isInView(point: [number, number]): boolean;
}

/** Closest the camera goes when it fits a region: a small kota still shows its neighbours. */
export const FIT_MAX_ZOOM = 9;

/** The box to fit for a selected code: its own polygon, the parent it lies inside, or a whole province. */
function fitBox(code: string | null, rows: readonly RegionRow[], b: Boundaries | undefined): Bbox | undefined {
  const target = polygonFor(code, rows) ?? (code?.length === 2 ? code : null);
  return target ? b?.bounds.get(target) : undefined;
}

/** The box around some provinces; all of Indonesia for none (or none known). */
function provincesBox(provinces: readonly string[], b: Boundaries | undefined): Bbox {
  const boxes = provinces.map((p) => b?.bounds.get(p)).filter((x): x is Bbox => x !== undefined);
  if (boxes.length === 0) {
    const [[w, s], [e, n]] = INDONESIA_BOUNDS;
    return [w, s, e, n];
  }
  return [Math.min(...boxes.map((x) => x[0])), Math.min(...boxes.map((x) => x[1])), Math.max(...boxes.map((x) => x[2])), Math.max(...boxes.map((x) => x[3]))];
}

/** Where the camera starts: the URL's camera, else its region, else its provinces, else all of Indonesia. */
export type StartCamera = { kind: 'camera'; camera: Camera } | { kind: 'fit'; bounds: Bbox; region: boolean };

export function startCamera(
  view: { camera: Camera | null; region: string | null; provinces?: readonly string[] },
  rows: readonly RegionRow[],
  b: Boundaries | undefined,
): StartCamera {
  if (view.camera) return { kind: 'camera', camera: view.camera };
  const box = fitBox(view.region, rows, b);
  if (box) return { kind: 'fit', bounds: box, region: true };
  const provinces = view.provinces ?? [];
  return { kind: 'fit', bounds: provincesBox(provinces, b), region: provinces.length > 0 && b !== undefined };
}

const sameCamera = (a: { zoom: number; lat: number; lng: number }, c: Camera) =>
  Math.abs(a.zoom - c.zoom) <= 0.01 && Math.abs(a.lat - c.lat) <= 1e-4 && Math.abs(a.lng - c.lng) <= 1e-4;

/**
 * What the map shows, kept apart from React: paint diffing, the camera that follows the selection and the
 * URL, hover and keyboard focus. The React component forwards store changes and map events to it; each method
 * sends the map only what changed (as react-map-gl diffs props into the map).
 */
export class MapController {
  /** Paint state already sent, per source (each level colours its own source). */
  private applied = new Map<string, Map<string, RegionPaintState>>();
  private importedKey = '';
  private shownRegion: string | null;
  private hovered: string | null = null;
  private focused: string | null = null;
  private dataIn = false;
  private level: MapLevel;
  /** The province filter the camera was last fitted to (or started with), so a repaint does not refit. */
  private fittedProvinces: string;

  constructor(
    private readonly map: MapPort,
    /** Padding around a fitted region (room for the phone's bottom sheet); asked at each fit. */
    private readonly padding: (desktop: number) => Padding,
    start: { region: string | null; hasData: boolean; level?: MapLevel; provinces?: readonly string[] },
  ) {
    this.fittedProvinces = (start.provinces ?? []).join(',');
    this.shownRegion = start.region;
    this.dataIn = start.hasData;
    this.level = start.level ?? 'kabkota';
  }

  private get source(): string {
    return LEVEL_SOURCE[this.level];
  }

  /** Switches the map between kabupaten/kota and provinces: the other level's layers are hidden, not removed. */
  setLevel(level: MapLevel): void {
    if (level === this.level) return;
    this.hover(null);
    this.focus(null);
    for (const id of LEVEL_LAYERS[this.level]) this.map.setVisibility(id, false);
    for (const id of LEVEL_LAYERS[level]) this.map.setVisibility(id, true);
    this.level = level;
  }

  get hasData(): boolean {
    return this.dataIn;
  }

  /** Colours, dimming, hatch and selection for the edition and filter; only changed regions are sent. */
  paint(rows: readonly RegionRow[], selected: string | null): void {
    const next = paintStates(rows, polygonFor(selected, rows));
    for (const [code, s] of changedStates(next, this.applied.get(this.source) ?? null)) this.map.setFeatureState({ source: this.source, id: code }, { ...s });
    this.applied.set(this.source, next);
    if (this.level !== 'kabkota') return;
    const filter = importedFilter(rows);
    const key = JSON.stringify(filter);
    if (key !== this.importedKey) {
      this.map.setFilter(LAYER.imported, filter);
      this.importedKey = key;
    }
  }

  /** Boundaries that arrive after the map was created: the start camera, then the (empty) sources filled. */
  fillBoundaries(b: Boundaries, view: { camera: Camera | null; region: string | null; provinces?: readonly string[] }, rows: readonly RegionRow[]): void {
    if (this.dataIn) return;
    this.dataIn = true;
    const start = startCamera(view, rows, b);
    this.fittedProvinces = (view.provinces ?? []).join(',');
    if (start.kind === 'fit' && start.region) this.map.fitBounds(start.bounds, { padding: this.padding(40), maxZoom: FIT_MAX_ZOOM, duration: 0 });
    this.map.setSourceData(REGIONS_SOURCE, b.regions);
    this.map.setSourceData(PROVINCES_SOURCE, b.provinces);
  }

  /** A region picked on the map itself: the camera stays where the user put it. */
  regionClicked(code: string): void {
    this.shownRegion = code;
  }

  /** A selection from search, table or URL moves the camera to the region, once. */
  showRegion(region: string | null, rows: readonly RegionRow[], b: Boundaries | undefined): void {
    if (!region || this.shownRegion === region) return;
    this.shownRegion = region;
    const box = fitBox(region, rows, b);
    if (box) this.map.fitBounds(box, { padding: this.padding(40), maxZoom: FIT_MAX_ZOOM, duration: 400 });
  }

  /**
   * The map follows the province filter: choosing provinces fits them, clearing them returns to Indonesia.
   * A camera of the user's own (a URL's map=, a pan after the filter) is left alone.
   */
  followProvinces(provinces: readonly string[], camera: Camera | null, b: Boundaries | undefined): void {
    const key = provinces.join(',');
    if (key === this.fittedProvinces || !b) return;
    this.fittedProvinces = key;
    if (camera) return;
    this.map.fitBounds(provincesBox(provinces, b), { padding: this.padding(provinces.length ? 40 : 10), maxZoom: FIT_MAX_ZOOM, duration: 400 });
  }

  /** Back/Forward or a pasted URL with a camera: jump there unless the map already shows it. */
  followCamera(camera: Camera | null): void {
    if (!camera) return;
    const c = this.map.getCenter();
    if (!sameCamera({ zoom: this.map.getZoom(), lat: c.lat, lng: c.lng }, camera)) this.map.jumpTo({ zoom: camera.zoom, center: [camera.lng, camera.lat] });
  }

  /** The region under the pointer (null: none), outlined. */
  hover(code: string | null): void {
    if (code === this.hovered) return;
    if (this.hovered) this.map.setFeatureState({ source: this.source, id: this.hovered }, { hover: false });
    if (code) this.map.setFeatureState({ source: this.source, id: code }, { hover: true });
    this.hovered = code;
  }

  /** The keyboard's region (null: none), outlined and brought into view when it is off screen. */
  focus(code: string | null, center?: [number, number]): void {
    if (code !== this.focused) {
      if (this.focused) this.map.setFeatureState({ source: this.source, id: this.focused }, { kb: false });
      if (code) this.map.setFeatureState({ source: this.source, id: code }, { kb: true });
      this.focused = code;
    }
    if (code && center && !this.map.isInView(center)) this.map.easeTo({ center, duration: 300 });
  }
}
