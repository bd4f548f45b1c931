import type { QueryClient } from '@tanstack/react-query';
import { categoryQueries } from '@/api/queries/categories';
import { prefetch } from '@/api/query-client';

export const categorySlugsLoader = (queryClient: QueryClient) => () => {
  prefetch(queryClient, categoryQueries.slugs());
  return null;
};
