import type { Boundaries } from '@/data/load-boundaries';
import type { RegionRow } from '@/domain/select-regions';
import { EXPORT_WIDTH, exportFrame, placeBox } from '@/map/export-frame';
import { mapSvg } from '@/map/svg-map';
import { downloadBlob } from '@/shared/download';
import type { MapExportInfo } from '@/shared/map-export-info';
import { paintStates, polygonFor } from '@/shared/region-paint';
import type { ViewState } from '@/state/view-state';

/**
 * The view's map (filter, level, selection) as an SVG file with its title, legend and sources, framed to the
 * view's place as the PNG is — from the map or the table view alike.
 */
export function downloadMapSvg(b: Boundaries, rows: readonly RegionRow[], view: ViewState, info: MapExportInfo, fileName: string): void {
  const { camera, size } = exportFrame(placeBox(b, view.provinces), EXPORT_WIDTH);
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
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}
