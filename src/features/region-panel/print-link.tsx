import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '@/domain/dataset';
import { viewLink } from '@/shared/view-link';
import { useViewStore, viewStateOf } from '@/state/store';

/**
 * The printed region's link: the one Share hands out for this view (the region's own page, the edition named),
 * not the address bar, which leaves the latest edition out and so would open a later one next year.
 */
export function PrintLink({ dataset }: { dataset: Dataset }) {
  const view = useViewStore(useShallow(viewStateOf));
  return <p className="print-link">{viewLink(dataset, view)}</p>;
}
