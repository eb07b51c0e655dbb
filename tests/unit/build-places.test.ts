import { describe, expect, it } from 'vitest';
import { buildPlaces } from '../../scripts/build-places';
import { placesOf } from '@/domain/places';
import { realGazetteer, realPlacesFile } from './load-fixtures';

const g = realGazetteer();
const file = realPlacesFile();

describe('the places file (scripts/build-places.ts)', () => {
  it('holds every kecamatan and the kelurahan of idn-area-data, each under its kabupaten/kota', () => {
    expect(file.source).toBe('idn-area-data 4.0.1');
    expect(file.regencies).toHaveLength(514);
    const all = placesOf(file, g);
    expect(all.filter((p) => p.kind === 'kecamatan')).toHaveLength(7285);
    expect(all.filter((p) => p.kind === 'kelurahan').length).toBeGreaterThan(7000);
    expect(all).toContainEqual({ name: 'Kandangan', kind: 'kecamatan', regencyCode: '63.06' });
    expect(all).toContainEqual({ name: 'Cibinong', kind: 'kecamatan', regencyCode: '32.01' });
    expect(all).toContainEqual({ name: 'Semarapura Kaja', kind: 'kelurahan', regencyCode: '51.05' });
    expect(all).toContainEqual({ name: 'Pangkalan Balai', kind: 'kelurahan', regencyCode: '16.07' });
    // A name with a comma survives the CSV (it is quoted there).
    expect(all).toContainEqual({ name: 'Lubuk Pakam I,II', kind: 'kelurahan', regencyCode: '12.07' });
  });

  it('keeps desa out, and a kelurahan that repeats a kecamatan of the same unit once', () => {
    const built = buildPlaces(
      [{ code: '32.01.01', regency_code: '32.01', name: 'Cibinong' }],
      [
        { code: '32.01.01.1006', district_code: '32.01.01', name: 'Cibinong' },
        { code: '32.01.01.1001', district_code: '32.01.01', name: 'Pakansari' },
        { code: '32.01.11.2008', district_code: '32.01.11', name: 'Sukamaju' },
      ],
      'test',
    );
    expect(built.regencies).toEqual([['32.01', 'Cibinong', 'Pakansari']]);
  });

  it('leaves out a row whose code the gazetteer does not hold', () => {
    expect(
      placesOf(
        {
          source: 't',
          regencies: [
            ['99.99', 'Nowhere', ''],
            ['16', 'Province', ''],
          ],
        },
        g,
      ),
    ).toEqual([]);
  });
});
