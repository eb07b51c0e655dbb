import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { testDataset } from '../../tests/unit/load-fixtures';
import { LazyMapView } from './lazy-map-view';
import { PanelBoundary } from '@/shared/panel-boundary';

// The map chunk fails to download (a dropped connection, a deploy that removed the old hash).
vi.mock('@/map/map-view', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('map chunk that fails to load', () => {
  it('draws nothing of its own while loading (the 2D map is in front), then a message in place of the map, never a blank page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = render(
      <PanelBoundary>
        <LazyMapView dataset={testDataset()} />
      </PanelBoundary>,
    );
    expect(container).toBeEmptyDOMElement();
    expect(await screen.findByRole('alert')).toHaveTextContent('Bagian ini gagal ditampilkan');
  });
});
