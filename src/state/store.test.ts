import { beforeEach, describe, expect, it } from 'vitest';
import { useViewStore, viewStateOf } from './store';
import { serializeShareUrl } from './url-state';
import { DEFAULT_VIEW } from './view-state';

const url = () => serializeShareUrl(viewStateOf(useViewStore.getState()));

describe('the store keeps the address naming the map’s view', () => {
  beforeEach(() => useViewStore.getState().replaceView({ ...DEFAULT_VIEW, year: 2026, provinces: [], categories: [], changes: [] }));

  it('a region clicked on the map keeps the camera it was clicked in; closing it keeps that camera', () => {
    useViewStore.getState().selectRegion('16.07', { zoom: 7.512, lat: -2.91234, lng: 104.81234 });
    expect(url()).toBe('?year=2026&region=16.07&map=7.51/-2.9123/104.8123');
    useViewStore.getState().selectRegion(null);
    expect(url()).toBe('?year=2026&map=7.51/-2.9123/104.8123');
  });

  it('a region chosen by search or table lets the camera go, so the map fits the region', () => {
    useViewStore.getState().setCamera({ zoom: 8, lat: -3, lng: 104 });
    useViewStore.getState().selectRegion('12.71');
    expect(url()).toBe('?year=2026&region=12.71');
  });

  it('"Seluruh Indonesia" lets go of region, provinces and camera, and keeps the other filters', () => {
    const s = useViewStore.getState();
    s.setProvinces(['16']);
    s.setCategories(['utama']);
    s.selectRegion('16.07', { zoom: 8, lat: -3, lng: 104 });
    useViewStore.getState().showCountry();
    expect(url()).toBe('?year=2026&category=utama');
  });
});
