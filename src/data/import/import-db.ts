import { openDB, type IDBPDatabase } from 'idb';
import { OUTCOMES, type AwardRecord } from '@/domain/award-record';
import type { ImportedLayer } from '@/domain/imported-layer';

const DB_NAME = 'peta-uhc';
const STORE = 'imports';
const VERSION = 1;

let db: Promise<IDBPDatabase> | null = null;
function database(): Promise<IDBPDatabase> {
  db ??= openDB(DB_NAME, VERSION, {
    upgrade(d) {
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
  return db;
}

/** For tests: forget the open connection so a fresh fake IndexedDB is used. */
export function resetImportDbConnection(): void {
  db = null;
}

export interface CorruptEntry {
  key: string;
  /** What is wrong, in English for logs; `problem` and `value` let the page say it in the reader's language. */
  reason: string;
  problem: 'shape' | 'unknownCode' | 'record';
  value?: string;
}

type Problem = Omit<CorruptEntry, 'key'>;

function recordProblem(r: unknown, regionCodes: ReadonlySet<string>): Problem | null {
  const x = r as Partial<AwardRecord> | null;
  if (!x || typeof x !== 'object') return { reason: 'a record is not an object', problem: 'record' };
  if (typeof x.code !== 'string' || !regionCodes.has(x.code))
    return { reason: `unknown region code ${JSON.stringify(x.code)}`, problem: 'unknownCode', value: String(x.code) };
  if (typeof x.year !== 'number') return { reason: `record ${x.code} has no year`, problem: 'record' };
  if (!(OUTCOMES as readonly string[]).includes(x.category as string))
    return { reason: `record ${x.code} has category ${JSON.stringify(x.category)}`, problem: 'record' };
  if (!x.metrics || !Array.isArray(x.sources) || !Array.isArray(x.represents) || !Array.isArray(x.accompanying) || !Array.isArray(x.previous)) {
    return { reason: `record ${x.code} is missing fields`, problem: 'record' };
  }
  if (x.origin?.kind !== 'imported') return { reason: `record ${x.code} is not marked as imported`, problem: 'record' };
  return null;
}

/** Records stored before notes had two languages kept their note as one string: the same text in both. */
function upgradeRecord(r: AwardRecord): AwardRecord {
  const note = r.note as unknown;
  return typeof note === 'string' ? { ...r, note: { id: note, en: note } } : r;
}

/** A stored entry as it should be; anything else is reported as corrupt and skipped. */
function checkLayer(value: unknown, regionCodes: ReadonlySet<string>): ImportedLayer | Problem {
  const v = value as Partial<ImportedLayer> | null;
  if (!v || typeof v !== 'object') return { reason: 'not an object', problem: 'shape' };
  if (typeof v.id !== 'string' || typeof v.fileName !== 'string' || typeof v.importedAt !== 'string')
    return { reason: 'missing id, file name or date', problem: 'shape' };
  if (!Array.isArray(v.records)) return { reason: 'no records', problem: 'shape' };
  for (const r of v.records) {
    const p = recordProblem(r, regionCodes);
    if (p) return p;
  }
  return { id: v.id, fileName: v.fileName, importedAt: v.importedAt, hidden: v.hidden === true, records: v.records.map(upgradeRecord) };
}

/** Every stored import, oldest first; entries that fail the check are listed apart and never thrown. */
export async function listImports(regionCodes: ReadonlySet<string>): Promise<{ layers: ImportedLayer[]; corrupt: CorruptEntry[] }> {
  const d = await database();
  const keys = await d.getAllKeys(STORE);
  const layers: ImportedLayer[] = [];
  const corrupt: CorruptEntry[] = [];
  for (const key of keys) {
    let value: unknown;
    try {
      value = await d.get(STORE, key);
    } catch (e) {
      corrupt.push({ key: String(key), reason: (e as Error).message, problem: 'shape' });
      continue;
    }
    const checked = checkLayer(value, regionCodes);
    if ('problem' in checked) corrupt.push({ key: String(key), ...checked });
    else layers.push(checked);
  }
  layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  return { layers, corrupt };
}

export async function saveImport(layer: ImportedLayer): Promise<void> {
  await (await database()).put(STORE, layer);
}

export async function setImportHidden(id: string, hidden: boolean): Promise<void> {
  const d = await database();
  const tx = d.transaction(STORE, 'readwrite');
  const value = (await tx.store.get(id)) as ImportedLayer | undefined;
  if (value) await tx.store.put({ ...value, hidden });
  await tx.done;
}

export async function deleteImport(id: string): Promise<void> {
  await (await database()).delete(STORE, id);
}
