import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { ensure, prefetch } from '@/api/query-client';
import { parseCrateNames } from '@/lib/compare-params';
import { toPageError } from '@/lib/page-error';

/**
 * One batched request for the crates' list facts (which names exist), then the
 * per-crate requests of the known ones in parallel, all through the factories:
 * a crate already seen on its own page comes from the cache.
 */
export const compareLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const { names } = parseCrateNames(new URL(request.url).searchParams.get('crates'));
    if (names.length === 0) return null;
    const crates = await ensure(queryClient, crateQueries.byNames(names)).catch(
      toPageError({
        notFound: 'No such crates',
        failed: 'Failed to load the crates to compare',
      }),
    );
    for (const { name } of crates) {
      prefetch(queryClient, crateQueries.downloads(name));
      prefetch(queryClient, crateQueries.detail(name));
      prefetch(queryClient, crateQueries.reverseDependencies(name));
      prefetch(queryClient, crateQueries.owners(name));
    }
    return null;
  };
