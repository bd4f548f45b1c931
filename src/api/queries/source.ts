import { queryOptions } from '@tanstack/react-query';
import { type ArchiveEntry, fetchManifest, fetchSourceFile } from '../source-archive';

/** A published version's files: immutable, so never refetched while cached. */
export const sourceQueries = {
  all: () => ['source'] as const,
  manifest: (cdnBase: string, name: string, version: string) =>
    queryOptions({
      queryKey: [...sourceQueries.all(), cdnBase, name, version, 'manifest'] as const,
      queryFn: ({ signal }) => fetchManifest(cdnBase, name, version, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  file: (cdnBase: string, name: string, version: string, entry: ArchiveEntry) =>
    queryOptions({
      queryKey: [...sourceQueries.all(), cdnBase, name, version, 'file', entry.path] as const,
      queryFn: ({ signal }) => fetchSourceFile(cdnBase, name, version, entry, signal),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 5 * 60_000,
    }),
};
