import type { Boundaries } from '@/data/load-boundaries';
import type { RegionRow } from '@/domain/select-regions';
import { mapOnScreen } from '@/map/active-map';
import { cameraForBounds } from '@/map/mercator';
import { mapSvg } from '@/map/svg-map';
import { INDONESIA_BOUNDS } from '@/map/map-style';
import { downloadBlob } from '@/shared/download';
import type { MapExportInfo } from '@/shared/map-export-info';
import { paintStates, polygonFor } from '@/shared/region-paint';
import type { ViewState } from '@/state/view-state';

/** The camera and size of the map on screen, or all of Indonesia at a newsroom-friendly size without one. */
function currentFrame(): { camera: { zoom: number; lat: number; lng: number }; size: { width: number; height: number } } {
  const map = mapOnScreen();
  if (map) return { camera: map.camera(), size: map.size() };
  const size = { width: 1000, height: 560 };
  const [[w, s], [e, n]] = INDONESIA_BOUNDS;
  return { camera: cameraForBounds([w, s, e, n], size, { top: 10, bottom: 10, left: 10, right: 10 }), size };
}

/** The map as drawn now (camera, filter, level, selection) as an SVG file with its title, legend and sources. */
export function downloadMapSvg(b: Boundaries, rows: readonly RegionRow[], view: ViewState, info: MapExportInfo, year: number): void {
  const { camera, size } = currentFrame();
  const svg = mapSvg({
    regions: b.regions,
    provinces: b.provinces,
    states: paintStates(rows, polygonFor(view.region, rows)),
    level: view.level,
    camera,
    size,
    title: info.title,
    selection: info.selection,
    legend: info.legend,
    footer: info.footer,
  });
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `peta-uhc-${year}.svg`);
}
