import type { QueryClient } from '@tanstack/react-query';
import { siteQueries } from '@/api/queries/site';
import { prefetch } from '@/api/query-client';

/** The front page shows placeholders, then the summary; failures stay in the page. */
export const homeLoader = (queryClient: QueryClient) => () => {
  prefetch(queryClient, siteQueries.summary());
  return null;
};
