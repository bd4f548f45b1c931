import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { categoryQueries } from '@/api/queries/categories';
import { prefetch } from '@/api/query-client';
import { apiPaging, type ListConfig, type ListState, readListParams } from '@/lib/list-params';

/** Top-level categories, 100 a page (one page in practice), as on crates.io. */
export const CATEGORIES_LIST: ListConfig = {
  sorts: [
    { value: 'alpha', label: 'Alphabetical' },
    { value: 'crates', label: '# Crates' },
  ],
  defaultSort: 'alpha',
  perPage: 100,
};

export const categoriesQuery = (state: ListState) =>
  categoryQueries.list({ sort: state.sort, ...apiPaging(state, CATEGORIES_LIST) });

export const categoriesLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    prefetch(
      queryClient,
      categoriesQuery(readListParams(new URL(request.url).searchParams, CATEGORIES_LIST)),
    );
    return null;
  };
