import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call, client } from '../client';
import type { QueryOf } from '../types';

export const categoryQueries = {
  all: () => ['categories'] as const,
  list: (query: QueryOf<'list_categories'> = {}) =>
    queryOptions({
      queryKey: [...categoryQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/categories', { params: { query }, signal })),
      placeholderData: keepPreviousData,
    }),
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...categoryQueries.all(), 'detail', slug] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/categories/{category}', {
            params: { path: { category: slug } },
            signal,
          }),
        ),
    }),
  slugs: () =>
    queryOptions({
      queryKey: [...categoryQueries.all(), 'slugs'] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/category_slugs', { signal })),
      staleTime: 60 * 60_000,
    }),
};
