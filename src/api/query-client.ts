import {
  isCancelledError,
  QueryClient,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import { isApiError } from './errors';

const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Registry data changes slowly; a minute avoids refetching on every tab switch.
        staleTime: 60_000,
        gcTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          failures < MAX_RETRIES &&
          (!isApiError(error) || (error.isRetryable && error.status !== 429)),
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfter !== null
            ? error.retryAfter * 1000
            : Math.min(500 * 2 ** attempt, 4000),
      },
      mutations: { retry: false },
    },
  });
}

/**
 * How a route loader fetches its critical data: from the cache when fresh,
 * else from the network, sharing an in-flight request with the component.
 */
export async function ensure<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: UseQueryOptions<T, Error, T, K>,
): Promise<T> {
  const run = () =>
    queryClient.ensureQueryData(
      options as Parameters<QueryClient['ensureQueryData']>[0],
    ) as Promise<T>;
  try {
    return await run();
  } catch (error) {
    // A fetch is cancelled when its last watcher unmounts mid-flight (e.g. the
    // hydration fallback giving way to the page); the loader still needs the data.
    if (isCancelledError(error)) return run();
    throw error;
  }
}

/** Starts a secondary query without waiting for it; errors stay in the widget. */
export function prefetch<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: UseQueryOptions<T, Error, T, K>,
): void {
  void queryClient.prefetchQuery(options as Parameters<QueryClient['prefetchQuery']>[0]);
}
