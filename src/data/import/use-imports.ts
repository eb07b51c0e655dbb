import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportedLayer } from '@/domain/imported-layer';
import { deleteImport, listImports, saveImport, setImportHidden } from './import-db';

const KEY = ['imports'] as const;

/**
 * Stored imports. IndexedDB can be missing (private windows, blocked storage): then the app runs on the
 * bundled data and says so, rather than failing.
 */
export function useImportedLayers(regionCodes: ReadonlySet<string> | undefined) {
  return useQuery({
    queryKey: KEY,
    queryFn: () => listImports(regionCodes!),
    enabled: !!regionCodes,
    staleTime: Infinity,
    retry: false,
  });
}

export function useImportActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: KEY });
  const save = useMutation({ mutationFn: (layer: ImportedLayer) => saveImport(layer), onSuccess: refresh });
  const hide = useMutation({ mutationFn: ({ id, hidden }: { id: string; hidden: boolean }) => setImportHidden(id, hidden), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (id: string) => deleteImport(id), onSuccess: refresh });
  return { save, hide, remove };
}
