import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { BoundarySourceError, buildBoundaries } from '../../scripts/build-boundaries';
import { crosswalkGadmFeature, type CrosswalkRow, type GadmProps } from '../../scripts/boundaries/gadm-crosswalk';
import { UNITS_INSIDE_PARENT } from '../../scripts/boundaries/new-units';
import type { RegionsFile } from '@/domain/regions';
import { realGazetteer } from './load-fixtures';

const require = createRequire(import.meta.url);
const gadm = require('geojson-indonesia/geojson/gadm41_IDN_2.json') as FeatureCollection;
const g = realGazetteer();
const rows: CrosswalkRow[] = gadm.features.map((f) => crosswalkGadmFeature(f.properties as GadmProps, g));
const codeOf = (name: string) => {
  const r = rows.find((x) => x.gadmName === name);
  return r?.status === 'matched' ? r.code : r?.status;
};

describe('GADM crosswalk', () => {
  it('keys 497 land features to distinct current codes, drops 5 water bodies, leaves none unmatched', () => {
    const matched = rows.filter((r) => r.status === 'matched');
    expect(matched).toHaveLength(497);
    expect(new Set(matched.map((r) => (r.status === 'matched' ? r.code : ''))).size).toBe(497);
    expect(
      rows
        .filter((r) => r.status === 'water')
        .map((r) => r.gadmName)
        .sort(),
    ).toEqual(['Danau', 'DanauLimboto', 'LakeToba', 'WadukCirata', 'WadukKedungombo']);
    expect(rows.filter((r) => r.status === 'unmatched')).toEqual([]);
  });

  it('lands known units on their Kemendagri codes', () => {
    expect(codeOf('BanyuAsin')).toBe('16.07');
    expect(codeOf('HuluSungaiSelatan')).toBe('63.06');
    expect(codeOf('Merauke')).toBe('93.01'); // not 94.01 Nabire, where its CC_2 9401 points
    expect(codeOf('Pontianak')).toBe('61.02'); // Kabupaten Pontianak is now Mempawah
    expect(codeOf('KotaPontianak')).toBe('61.71');
    expect(codeOf('KotaBaru')).toBe('63.02');
    expect(codeOf('Tarakan')).toBe('65.71'); // Kalimantan Utara features carry no TYPE_2
    expect(codeOf('TobaSamosir')).toBe('12.12');
  });

  it('settles the Kota/Kabupaten pairs by type', () => {
    const bekasi = rows
      .filter((r) => r.gadmName.endsWith('Bekasi'))
      .map((r) => (r.status === 'matched' ? r.code : r.status))
      .sort();
    expect(bekasi).toEqual(['32.16', '32.75']);
  });

  it('the units without a GADM polygon are exactly the 17 created in 2012–2014, each inside a matched parent', () => {
    const matched = new Set(rows.flatMap((r) => (r.status === 'matched' ? [r.code] : [])));
    const missing = g.regencies.filter((r) => !matched.has(r.code)).map((r) => r.code);
    expect(missing.sort()).toEqual(UNITS_INSIDE_PARENT.map((u) => u.code).sort());
    for (const u of UNITS_INSIDE_PARENT) expect(matched.has(u.coveredBy), u.code).toBe(true);
    expect(UNITS_INSIDE_PARENT.find((u) => u.code === '32.18')?.coveredBy).toBe('32.07'); // Pangandaran in Ciamis
  });

  it('ignores CC_2, which points at another unit for 159 land features', () => {
    expect(rows.filter((r) => r.status === 'matched' && r.cc2Agrees === false)).toHaveLength(159);
  });
});

describe('boundary build from a file keyed by Kemendagri code', () => {
  const square = (x: number, y: number) => ({
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 0.5, y],
        [x + 0.5, y + 0.5],
        [x, y + 0.5],
        [x, y],
      ],
    ],
  });

  it('produces the same outputs, with unlisted units reported as having no polygon', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peta-uhc-bnd-'));
    const src = join(dir, 'src.geojson');
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { KODE: '63.06' }, geometry: square(115, -2.5) },
        { type: 'Feature', properties: { KODE: '6307' }, geometry: square(115.5, -2.5) },
        { type: 'Feature', properties: { KODE: '32.18' }, geometry: square(108.5, -7.5) },
      ],
    };
    writeFileSync(src, JSON.stringify(fc));
    const report = await buildBoundaries({ source: src, codeField: 'KODE', label: 'test squares', licence: 'CC0', outDir: dir });
    expect(report.unitsWithPolygon).toBe(3);
    const regions = JSON.parse(readFileSync(join(dir, 'regions.json'), 'utf8')) as RegionsFile;
    expect(regions.regencies.find((r) => r.code === '63.07')?.polygon).toEqual({ kind: 'own' });
    expect(regions.regencies.find((r) => r.code === '32.18')?.polygon).toEqual({ kind: 'own' });
    expect(regions.regencies.find((r) => r.code === '16.07')?.polygon).toEqual({ kind: 'none' });
    expect(regions.boundarySource).toMatchObject({ id: 'custom', label: 'test squares', licence: 'CC0' });
    const topo = JSON.parse(readFileSync(join(dir, 'boundaries.topo.json'), 'utf8'));
    expect(Object.keys(topo.objects).sort()).toEqual(['provinces', 'regions']);
    expect(topo.objects.regions.geometries.map((x: { id: string }) => x.id).sort()).toEqual(['32.18', '63.06', '63.07']);
  });

  it('fails with a clear message on a broken or unrecognised source', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peta-uhc-bnd-'));
    const broken = join(dir, 'broken.geojson');
    writeFileSync(broken, '{"type": "FeatureColl');
    await expect(buildBoundaries({ source: broken, codeField: 'KODE', outDir: dir })).rejects.toThrow(/not readable JSON/);
    const notFc = join(dir, 'point.geojson');
    writeFileSync(notFc, JSON.stringify({ type: 'Point', coordinates: [0, 0] }));
    await expect(buildBoundaries({ source: notFc, codeField: 'KODE', outDir: dir })).rejects.toThrow(/not a GeoJSON FeatureCollection/);
    const wrongField = join(dir, 'wrong.geojson');
    writeFileSync(wrongField, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'x' }, geometry: square(0, 0) }] }));
    await expect(buildBoundaries({ source: wrongField, codeField: 'KODE', outDir: dir })).rejects.toBeInstanceOf(BoundarySourceError);
    await expect(buildBoundaries({ source: wrongField, outDir: dir })).rejects.toThrow(/--code-field/);
  });
});
