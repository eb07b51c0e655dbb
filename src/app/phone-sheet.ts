/**
 * The phone's bottom sheet: a peek (the map keeps the screen above it) or enlarged ("Perbesar panel"). What
 * happens on the page decides it, so the sheet is never left enlarged over the map once its content is gone.
 */
export type SheetEvent = 'toggle' | 'regionOpened' | 'regionClosed' | 'drawerClosed';

/** Whether the sheet is enlarged after an event. */
export function sheetAfter(expanded: boolean, event: SheetEvent): boolean {
  switch (event) {
    case 'toggle':
      return !expanded;
    // A region opens at the peek, fitted in the map above it; closing it (or the filter drawer) returns the
    // reader to the map, so the summary comes back as a peek rather than over most of the map.
    case 'regionOpened':
    case 'regionClosed':
    case 'drawerClosed':
      return false;
  }
}
