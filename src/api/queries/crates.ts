import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { canonicalCrateName } from '@/lib/crate-name';
import { call, client } from '../client';
import { takeEarlyReadme } from '../early-requests';
import { ApiError, errorFromResponse, errorFromThrown } from '../errors';
import type { CrateListQuery, VersionListQuery } from '../types';

/** The dependents tab's page size. */
export const DEPENDENTS_PER_PAGE = 10;

/** The API's largest page for reverse dependencies, and how many of them a sample reads. */
export const DEPENDENTS_SAMPLE_PER_PAGE = 100;
export const DEPENDENTS_SAMPLE_PAGES = 2;

export const crateQueries = {
  all: () => ['crates'] as const,
  lists: () => [...crateQueries.all(), 'list'] as const,
  list: (query: CrateListQuery) =>
    queryOptions({
      queryKey: [...crateQueries.lists(), query] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/crates', { params: { query }, signal })),
      placeholderData: keepPreviousData,
    }),
  /**
   * Several crates by name (for their newest versions and descriptions): one
   * `?ids[]=…` request per 100 names, the API's page limit. Order does not matter.
   */
  byNames: (names: readonly string[]) => {
    const ids = [...new Set(names)].sort();
    return queryOptions({
      queryKey: [...crateQueries.all(), 'by-names', ids] as const,
      queryFn: async ({ signal }) => {
        const batches = Array.from({ length: Math.ceil(ids.length / 100) }, (_, i) =>
          ids.slice(i * 100, i * 100 + 100),
        );
        const pages = await Promise.all(
          batches.map((batch) =>
            call(
              client.GET('/api/v1/crates', {
                params: { query: { 'ids[]': batch, per_page: 100 } },
                signal,
              }),
            ),
          ),
        );
        return pages.flatMap((page) => page.crates);
      },
      enabled: ids.length > 0,
    });
  },
  /** One crate, keyed by canonical name so `Serde_JSON` and `serde-json` share a cache entry. */
  detailKey: (name: string) => [...crateQueries.all(), 'detail', canonicalCrateName(name)] as const,
  detail: (name: string) =>
    queryOptions({
      queryKey: crateQueries.detailKey(name),
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}', {
            params: {
              path: { name },
              query: { include: 'keywords,categories,downloads,default_version' },
            },
            signal,
          }),
        ),
    }),
  versionsKey: (name: string) => [...crateQueries.detailKey(name), 'versions'] as const,
  versions: (name: string, query: VersionListQuery = {}) =>
    queryOptions({
      queryKey: [...crateQueries.versionsKey(name), query] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/versions', {
            params: { path: { name }, query },
            signal,
          }),
        ),
    }),
  /**
   * Versions a page at a time (100, by `seek`), for crates with thousands of
   * versions. The first page carries the release tracks.
   */
  versionPages: (name: string, sort: 'date' | 'semver') =>
    infiniteQueryOptions({
      queryKey: [...crateQueries.versionsKey(name), 'pages', sort] as const,
      queryFn: ({ pageParam, signal }) => {
        // The API's own next_page query string: `?seek=…` or `?page=…`.
        const next = new URLSearchParams(pageParam ?? '');
        const seek = next.get('seek');
        const page = next.get('page');
        return call(
          client.GET('/api/v1/crates/{name}/versions', {
            params: {
              path: { name },
              query: {
                per_page: 100,
                sort,
                include: pageParam ? undefined : 'release_tracks',
                ...(seek ? { seek } : page ? { page: Number(page) } : {}),
              },
            },
            signal,
          }),
        );
      },
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.meta.next_page ?? undefined,
    }),
  version: (name: string, version: string) =>
    queryOptions({
      queryKey: [...crateQueries.versionsKey(name), 'one', version] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/{version}', {
            params: { path: { name, version } },
            signal,
          }),
        ),
    }),
  dependencies: (name: string, version: string) =>
    queryOptions({
      queryKey: [...crateQueries.versionsKey(name), 'one', version, 'dependencies'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/{version}/dependencies', {
            params: { path: { name, version } },
            signal,
          }),
        ),
    }),
  readme: (name: string, version: string) =>
    queryOptions({
      queryKey: [...crateQueries.versionsKey(name), 'one', version, 'readme'] as const,
      queryFn: ({ signal }) => fetchReadme(name, version, signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
  versionDownloads: (name: string, version: string) =>
    queryOptions({
      queryKey: [...crateQueries.versionsKey(name), 'one', version, 'downloads'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/{version}/downloads', {
            params: { path: { name, version } },
            signal,
          }),
        ),
    }),
  downloads: (name: string) =>
    queryOptions({
      queryKey: [...crateQueries.detailKey(name), 'downloads'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/downloads', {
            params: { path: { name }, query: { include: 'versions' } },
            signal,
          }),
        ),
    }),
  owners: (name: string) =>
    queryOptions({
      queryKey: [...crateQueries.detailKey(name), 'owners'] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/crates/{name}/owners', { params: { path: { name } }, signal })),
    }),
  reverseDependencies: (name: string, page = 1, perPage = DEPENDENTS_PER_PAGE) =>
    queryOptions({
      queryKey: [
        ...crateQueries.detailKey(name),
        'reverse-dependencies',
        { page, perPage },
      ] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/crates/{name}/reverse_dependencies', {
            params: { path: { name }, query: { page, per_page: perPage } },
            signal,
          }),
        ),
      placeholderData: keepPreviousData,
    }),
  /**
   * The most downloaded dependents (the API's order), at most DEPENDENTS_SAMPLE_PAGES
   * pages of 100: enough for the split by line and the filters, bounded for crates
   * with tens of thousands of dependents. `total` says how many there are in all.
   */
  reverseDependenciesSample: (name: string) =>
    queryOptions({
      queryKey: [...crateQueries.detailKey(name), 'reverse-dependencies', 'sample'] as const,
      queryFn: async ({ signal }) => {
        const get = (page: number) =>
          call(
            client.GET('/api/v1/crates/{name}/reverse_dependencies', {
              params: { path: { name }, query: { page, per_page: DEPENDENTS_SAMPLE_PER_PAGE } },
              signal,
            }),
          );
        const first = await get(1);
        const pages = Math.min(
          DEPENDENTS_SAMPLE_PAGES,
          Math.ceil(first.meta.total / DEPENDENTS_SAMPLE_PER_PAGE),
        );
        const rest = await Promise.all(
          Array.from({ length: Math.max(0, pages - 1) }, (_, i) => get(i + 2)),
        );
        const all = [first, ...rest];
        return {
          total: first.meta.total,
          dependencies: all.flatMap((p) => p.dependencies),
          versions: all.flatMap((p) => p.versions),
        };
      },
    }),
};

/**
 * README HTML: the API gives the URL of the rendered file (on the CDN, or
 * the mock registry), which is then fetched. `null` means "no README".
 * The HTML is untrusted: it must be sanitized before it reaches the DOM.
 */
async function fetchReadme(name: string, version: string, signal: AbortSignal) {
  // On a first visit the early script may have asked already (src/routes/early-requests.ts).
  const early = await takeEarlyReadme(name);
  const started = early?.name === name && early.version === version ? early.file : undefined;
  const { url } = await call(
    client.GET('/api/v1/crates/{name}/{version}/readme', {
      params: { path: { name, version } },
      signal,
    }),
  ).catch((error: unknown) => {
    if (error instanceof ApiError && error.isNotFound) return { url: null };
    throw error;
  });
  if (!url) return null;
  const file = await started?.catch(() => null);
  const response = await (file?.url === url
    ? Promise.resolve(file.response)
    : fetch(url, { signal })
  ).catch((thrown: unknown) => {
    throw errorFromThrown(thrown);
  });
  // The CDN answers 403 or 404 for versions without a README.
  if (response.status === 403 || response.status === 404) return null;
  if (!response.ok) throw errorFromResponse(response, null);
  return response.text();
}
