import type { Dataset } from '@/domain/dataset';
import { pageShareLink } from '@/state/page-links';
import type { ViewState } from '@/state/view-state';

/**
 * The link every output carries for a view — Share, the PNG/SVG credit, the print sheet, a printed region, the
 * embed's "Buka peta lengkap": one address for one view, on this site's origin.
 */
export function viewLink(dataset: Dataset, view: ViewState, withImports = false): string {
  return pageShareLink(window.location.origin, view, dataset.latestYear, withImports, dataset.byCode);
}
