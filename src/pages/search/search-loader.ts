import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { prefetch } from '@/api/query-client';
import { readSearchParams } from './search-params';

export const searchLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    prefetch(
      queryClient,
      crateQueries.list(readSearchParams(new URL(request.url).searchParams).api),
    );
    return null;
  };
