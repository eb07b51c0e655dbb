import { describe, expect, it } from 'vitest';
import { sheetAfter, type SheetEvent } from './phone-sheet';

const run = (events: SheetEvent[]) => events.reduce(sheetAfter, false);

describe('the phone sheet', () => {
  it('enlarges and folds back with its handle', () => {
    expect(run(['toggle'])).toBe(true);
    expect(run(['toggle', 'toggle'])).toBe(false);
  });

  it('returns to its peek when an enlarged region is closed, so the map is on top again', () => {
    expect(run(['regionOpened', 'toggle'])).toBe(true);
    expect(run(['regionOpened', 'toggle', 'regionClosed'])).toBe(false);
  });

  it('returns to its peek when the filter drawer closes', () => {
    expect(run(['toggle', 'drawerClosed'])).toBe(false);
  });

  it('shows a newly opened region at the peek, with the map fitted above it', () => {
    expect(run(['toggle', 'regionOpened'])).toBe(false);
  });
});
