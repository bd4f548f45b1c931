import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call, client } from '../client';
import type { QueryOf } from '../types';

export const keywordQueries = {
  all: () => ['keywords'] as const,
  list: (query: QueryOf<'list_keywords'> = {}) =>
    queryOptions({
      queryKey: [...keywordQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/keywords', { params: { query }, signal })),
      placeholderData: keepPreviousData,
    }),
  detail: (keyword: string) =>
    queryOptions({
      queryKey: [...keywordQueries.all(), 'detail', keyword] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/keywords/{keyword}', { params: { path: { keyword } }, signal })),
    }),
};
