import type { BoundarySource } from '../../src/domain/regions';

const IDN_AREA_DATA = { label: 'idn-area-data (ODbL)', href: 'https://github.com/fityannugroho/idn-area-data' };

/**
 * What each built-in boundary source is and what its licence asks of the app. The footer shows the
 * attribution and links of the source the build actually used.
 */
export const SOURCE_INFO: Record<'open' | 'gadm', BoundarySource> = {
  open: {
    id: 'open',
    label: 'Voronoi of geografis 1.3.2 village points and idn-area-data islands, clipped to Natural Earth 1:10m (world-atlas 2.0.2)',
    licence: 'Derived database under ODbL 1.0 (share-alike of idn-area-data): geografis MIT, Natural Earth public domain, idn-area-data ODbL',
    attribution: 'Batas wilayah: perkiraan Voronoi dari titik desa dan pulau',
    links: [
      { label: 'geografis (MIT)', href: 'https://github.com/drizki/geografis' },
      IDN_AREA_DATA,
      { label: 'Natural Earth', href: 'https://www.naturalearthdata.com/' },
    ],
  },
  gadm: {
    id: 'gadm41',
    label: 'GADM 4.1 (via npm geojson-indonesia 1.0.1)',
    licence: 'GADM: free for non-commercial use; redistribution needs GADM’s permission (gadm.org/license.html)',
    attribution: 'Batas wilayah: GADM 4.1 (non-komersial, tidak untuk diedarkan ulang)',
    links: [{ label: 'GADM', href: 'https://gadm.org/license.html' }, IDN_AREA_DATA],
  },
};
