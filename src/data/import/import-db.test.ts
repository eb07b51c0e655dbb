import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportedLayer } from '@/domain/imported-layer';
import { bundledDataset } from '../../../tests/unit/load-fixtures';
import { deleteImport, listImports, resetImportDbConnection, saveImport, setImportHidden } from './import-db';

const codes = new Set(['16.07', '63.06']);
const record = {
  ...bundledDataset().file.records.find((r) => r.code === '16.07')!,
  origin: { kind: 'imported' as const, file: 'a.csv', importedAt: '2026-11-23T08:00:00Z', line: 2 },
};
const layer = (id: string, at: string): ImportedLayer => ({ id, fileName: `${id}.csv`, importedAt: at, hidden: false, records: [record] });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetImportDbConnection();
});

describe('stored imports', () => {
  it('keeps, lists oldest first, hides and deletes', async () => {
    await saveImport(layer('b', '2026-11-23T09:00:00Z'));
    await saveImport(layer('a', '2026-11-23T08:00:00Z'));
    expect((await listImports(codes)).layers.map((l) => l.id)).toEqual(['a', 'b']);
    await setImportHidden('a', true);
    expect((await listImports(codes)).layers.find((l) => l.id === 'a')?.hidden).toBe(true);
    await deleteImport('a');
    const { layers, corrupt } = await listImports(codes);
    expect(layers.map((l) => l.id)).toEqual(['b']);
    expect(layers[0]!.records[0]).toEqual(record);
    expect(corrupt).toEqual([]);
  });

  it('reports a corrupt entry and skips it, keeping the good ones', async () => {
    await saveImport(layer('good', '2026-11-23T08:00:00Z'));
    const db = await openDB('peta-uhc', 1);
    await db.put('imports', { id: 'bad-shape', fileName: 'x.csv' });
    await db.put('imports', { ...layer('bad-code', '2026-11-23T08:00:00Z'), records: [{ ...record, code: '99.99' }] });
    await db.put('imports', { ...layer('bad-category', '2026-11-23T08:00:00Z'), records: [{ ...record, category: 'gold' }] });
    const { layers, corrupt } = await listImports(codes);
    expect(layers.map((l) => l.id)).toEqual(['good']);
    expect(corrupt.map((c) => c.key).sort()).toEqual(['bad-category', 'bad-code', 'bad-shape']);
    expect(corrupt.find((c) => c.key === 'bad-code')?.reason).toMatch(/unknown region code "99.99"/);
    // What the page needs to say it in the reader's language.
    expect(corrupt.find((c) => c.key === 'bad-code')).toMatchObject({ problem: 'unknownCode', value: '99.99' });
    expect(corrupt.find((c) => c.key === 'bad-shape')).toMatchObject({ problem: 'shape' });
    expect(corrupt.find((c) => c.key === 'bad-category')).toMatchObject({ problem: 'record' });
  });
});
