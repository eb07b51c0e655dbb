import type { FilterSpecification } from 'maplibre-gl';
import { unionBbox } from '@/domain/geometry-bbox';
import type { MapLevel, RegionRow } from '@/domain/select-regions';
import type { Boundaries } from '@/data/load-boundaries';
import { changedStates, paintStates, polygonFor, type RegionPaintState } from '@/shared/region-paint';
import type { Camera } from '@/state/view-state';
import { boundarySources } from './boundary-source';
import { cameraToShow, type ScreenRect } from './keyboard-order';
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
  /** A source's data from an address (src/map/boundary-source.ts): MapLibre's worker reads it. */
  setSourceData(source: string, data: string): void;
  fitBounds(bounds: Bbox, options: { padding: Padding; maxZoom: number; duration: number }): void;
  jumpTo(camera: { zoom: number; center: [number, number] }): void;
  easeTo(options: { center: [number, number]; zoom: number; duration: number }): void;
  getZoom(): number;
  getCenter(): { lat: number; lng: number };
  /** The map's size in CSS pixels. */
  getSize(): { width: number; height: number };
}

/** Closest the camera goes when it fits a region: a small kota still shows its neighbours. */
export const FIT_MAX_ZOOM = 9;

/**
 * Closest either renderer lets the reader zoom. The open boundary build draws borders as straight Voronoi
 * edges halfway between the outermost villages of two units, then keeps 15% of the points of units over
 * 500 km² (README): a border can be off by half a village spacing, 1–3 km in the countryside. At zoom 10 a
 * pixel is ~150 m at the equator (MapLibre's 512 px tiles), so that error is already 7–20 px — about as far as
 * a border drawn from village points can honestly be looked at; beyond it (MapLibre's default cap of 12 is
 * 4× closer) the reader would be studying artefacts of the build, not borders.
 */
export const MAP_MAX_ZOOM = 10;
export const MAP_MIN_ZOOM = 2;
export const clampZoom = (zoom: number) => Math.max(MAP_MIN_ZOOM, Math.min(MAP_MAX_ZOOM, zoom));

/**
 * Share of a region's box added on every side when it is fitted: the region fills the middle of the map with
 * its neighbours around it, so the reader sees where it is, not a lone shape (Natuna in an empty sea).
 */
const REGION_CONTEXT = 0.25;

/** The box to fit for a selected code: its own polygon, the parent it lies inside, or a whole province. */
function fitBox(code: string | null, rows: readonly RegionRow[], b: Boundaries | undefined): Bbox | undefined {
  const target = polygonFor(code, rows) ?? (code?.length === 2 ? code : null);
  const box = target ? b?.bounds.get(target) : undefined;
  if (!box) return undefined;
  const dx = (box[2] - box[0]) * REGION_CONTEXT;
  const dy = (box[3] - box[1]) * REGION_CONTEXT;
  return [box[0] - dx, box[1] - dy, box[2] + dx, box[3] + dy];
}

/** The box around some provinces; all of Indonesia for none (or none known). */
function provincesBox(provinces: readonly string[], b: Boundaries | undefined): Bbox {
  const boxes = provinces.map((p) => b?.bounds.get(p)).filter((x): x is Bbox => x !== undefined);
  if (boxes.length === 0) {
    const [[w, s], [e, n]] = INDONESIA_BOUNDS;
    return [w, s, e, n];
  }
  return unionBbox(boxes);
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
  private provinces: readonly string[];
  /** The box last fitted, so the same fit asked twice (region closed, camera cleared) is sent once. */
  private fitted = '';
  /** Whether the view is a camera of the user's own (a pan, a zoom, a click's view), rather than a fit. */
  private ownCamera: boolean;

  constructor(
    private readonly map: MapPort,
    /**
     * Padding around a fitted box (room for the phone's bottom sheet; for a region, also clear of the legend
     * and controls); asked at each fit.
     */
    private readonly padding: (desktop: number, region: boolean) => Padding,
    start: { region: string | null; hasData: boolean; level?: MapLevel; provinces?: readonly string[]; camera?: Camera | null },
    /** What lies over the map (legend, controls) in its pixels, kept clear by the keyboard walk. */
    private readonly covers: () => readonly ScreenRect[] = () => [],
  ) {
    this.provinces = start.provinces ?? [];
    this.fittedProvinces = this.provinces.join(',');
    this.ownCamera = Boolean(start.camera);
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
    if (start.kind === 'fit' && start.region) this.fitted = start.bounds.join(',');
    if (start.kind === 'fit' && start.region)
      this.map.fitBounds(start.bounds, { padding: this.padding(40, Boolean(view.region)), maxZoom: FIT_MAX_ZOOM, duration: 0 });
    const sources = boundarySources(b);
    this.map.setSourceData(REGIONS_SOURCE, sources.regions);
    this.map.setSourceData(PROVINCES_SOURCE, sources.provinces);
  }

  private fit(box: Bbox, desktopPadding: number, maxZoom: number, region = false): void {
    const key = box.join(',');
    if (key === this.fitted) return;
    this.fitted = key;
    this.map.fitBounds(box, { padding: this.padding(desktopPadding, region), maxZoom, duration: 400 });
  }

  /** The view without a region or a camera: the chosen provinces, or the whole country. */
  private fitHome(b: Boundaries | undefined): void {
    this.fit(provincesBox(this.provinces, b), this.provinces.length ? 40 : 10, FIT_MAX_ZOOM);
  }

  /**
   * A selection from search, table or URL moves the camera to the region, once; one clicked on the map (it
   * comes with the camera it was clicked in) does not. Closing a fitted region returns to the view the address
   * then names: the provinces, or the country.
   */
  showRegion(region: string | null, rows: readonly RegionRow[], b: Boundaries | undefined, camera: Camera | null = null): void {
    if (this.shownRegion === region) return;
    this.shownRegion = region;
    if (camera) return;
    const box = region ? fitBox(region, rows, b) : undefined;
    if (box) this.fit(box, 40, FIT_MAX_ZOOM, true);
    else if (!region) this.fitHome(b);
  }

  /**
   * The map follows the province filter: choosing provinces fits them, clearing them returns to Indonesia.
   * A camera of the user's own (a URL's map=, a pan after the filter) is left alone.
   */
  followProvinces(provinces: readonly string[], camera: Camera | null, b: Boundaries | undefined): void {
    const key = provinces.join(',');
    if (key === this.fittedProvinces || !b) return;
    this.fittedProvinces = key;
    this.provinces = provinces;
    if (camera) return;
    this.fitHome(b);
  }

  /**
   * Back/Forward or a pasted URL with a camera: jump there unless the map already shows it. A camera let go
   * ("Seluruh Indonesia", Back to a link without `map=`) returns to the fit the rest of the view names.
   */
  followCamera(camera: Camera | null, rows: readonly RegionRow[] = [], b?: Boundaries): void {
    if (!camera) {
      if (!this.ownCamera) return;
      this.ownCamera = false;
      const box = this.shownRegion ? fitBox(this.shownRegion, rows, b) : undefined;
      if (box) this.fit(box, 40, FIT_MAX_ZOOM, true);
      else this.fitHome(b);
      return;
    }
    // The user's camera: a later fit of the same box is a move again, not a repeat.
    this.ownCamera = true;
    this.fitted = '';
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

  /**
   * The keyboard's region (null: none), outlined; with its box, the camera eases so the whole region is on
   * screen (not under the legend, the controls or a phone's sheet) when it is not already.
   */
  focus(code: string | null, box?: Bbox): void {
    if (code !== this.focused) {
      if (this.focused) this.map.setFeatureState({ source: this.source, id: this.focused }, { kb: false });
      if (code) this.map.setFeatureState({ source: this.source, id: code }, { kb: true });
      this.focused = code;
    }
    if (!code || !box) return;
    const c = this.map.getCenter();
    const next = cameraToShow({ zoom: this.map.getZoom(), lat: c.lat, lng: c.lng }, this.map.getSize(), asSides(this.padding(24, false)), box, this.covers());
    if (next) this.map.easeTo({ center: [next.lng, next.lat], zoom: next.zoom, duration: 300 });
  }
}

const asSides = (p: Padding) => (typeof p === 'number' ? { top: p, bottom: p, left: p, right: p } : p);
