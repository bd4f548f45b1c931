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
};
