import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../client';

export const siteQueries = {
  metadata: () =>
    queryOptions({
      queryKey: ['site', 'metadata'] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/site_metadata', { signal })),
      staleTime: 5 * 60_000,
      // The banner is a nicety: never retry it loudly or fail a page for it.
      retry: false,
    }),
  summary: () =>
    queryOptions({
      queryKey: ['site', 'summary'] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/summary', { signal })),
    }),
};
