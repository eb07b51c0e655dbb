import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportedLayer } from '@/domain/imported-layer';
import { deleteImport, listImports, saveImport, setImportHidden } from './import-db';

const KEY = ['imports'] as const;

/** The app waits for stored imports before its first view; a stuck IndexedDB must not hold it there. */
const STORAGE_TIMEOUT_MS = 4000;

function withTimeout<T>(p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not answer')), STORAGE_TIMEOUT_MS))]);
}

/**
 * Stored imports. IndexedDB can be missing (private windows, blocked storage): then the app runs on the
 * bundled data and says so, rather than failing.
 */
export function useImportedLayers(regionCodes: ReadonlySet<string> | undefined) {
  return useQuery({ ...importsQuery(regionCodes ?? new Set()), enabled: !!regionCodes });
}

/** One definition for the hook and for the start-up, which reads them before the first render. */
export function importsQuery(regionCodes: ReadonlySet<string>) {
  return { queryKey: KEY, queryFn: () => withTimeout(listImports(regionCodes)), staleTime: Infinity, retry: false } as const;
}

export function useImportActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const save = useMutation({ mutationFn: (layer: ImportedLayer) => saveImport(layer), onSuccess: refresh });
  const hide = useMutation({ mutationFn: ({ id, hidden }: { id: string; hidden: boolean }) => setImportHidden(id, hidden), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => deleteImport(id), onSuccess: refresh });
  return { save, hide, remove };
}
