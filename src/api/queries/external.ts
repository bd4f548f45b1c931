import { queryOptions } from '@tanstack/react-query';
import { fetchDocsStatus, fetchPlaygroundCrates, fetchStdReplacements } from '../external';

/** Other sites' data: cached for the session, one try each, never awaited by a loader. */
export const externalQueries = {
  /** The crates the Rust Playground offers ("Try on Rust Playground"). */
  playgroundCrates: () =>
    queryOptions({
      queryKey: ['external', 'playground-crates'] as const,
      queryFn: ({ signal }) => fetchPlaygroundCrates(signal),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
  /** Crates the standard library replaces, by name ("you might not need this"). */
  stdReplacements: () =>
    queryOptions({
      queryKey: ['external', 'std-replacements'] as const,
      queryFn: ({ signal }) => fetchStdReplacements(signal),
      staleTime: Number.POSITIVE_INFINITY,
      retry: false,
    }),
  /** Whether docs.rs built the documentation of one version. */
  docsStatus: (name: string, version: string) =>
    queryOptions({
      queryKey: ['external', 'docs-status', name, version] as const,
      queryFn: ({ signal }) => fetchDocsStatus(name, version, signal),
      staleTime: 10 * 60_000,
      retry: false,
    }),
};
