import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { ensure } from '@/api/query-client';
import { toPageError } from '@/lib/page-error';

/** Every crate route needs the crate itself; a missing one is "Crate "x" not found". */
export const loadCrate = (queryClient: QueryClient, name: string) =>
  ensure(queryClient, crateQueries.detail(name)).catch(
    toPageError({
      notFound: `Crate "${name}" not found`,
      failed: `${name}: Failed to load crate data`,
    }),
  );

export const crateLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    await loadCrate(queryClient, params.name ?? '');
    return null;
  };
