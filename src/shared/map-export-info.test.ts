import { describe, expect, it } from 'vitest';
import { selectRegionRows } from '@/domain/select-regions';
import { translate } from '@/i18n/dictionary';
import { DEFAULT_VIEW } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { mapExportInfo } from './map-export-info';

describe('an exported map names the region it was made for', () => {
  const ds = testDataset();
  const rows = selectRegionRows(ds, { year: 2026, provinces: [], categories: [], changes: [] });
  const info = (region: string | null, lang: 'id' | 'en' = 'id') =>
    mapExportInfo(ds, rows, { ...DEFAULT_VIEW, region }, 2026, 'https://example.org/', (k, v) => translate(lang, k, v), lang);

  it('says the selected region, its province and its category in a line of its own', () => {
    const row = rows.find((r) => r.region.code === '63.06')!;
    expect(info('63.06').selection).toBe(`Wilayah terpilih: Kabupaten Hulu Sungai Selatan, Kalimantan Selatan — ${translate('id', row.status)}`);
    expect(info('63.06', 'en').selection).toMatch(/^Selected region: Kabupaten Hulu Sungai Selatan, Kalimantan Selatan — /);
  });

  it('has no such line when no region is open', () => {
    expect(info(null).selection).toBeUndefined();
  });
});
