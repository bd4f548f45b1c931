import {
  type FetchInfiniteQueryOptions,
  type InfiniteData,
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

// biome-ignore lint/suspicious/noExplicitAny: any query's options
type AnyQueryOptions = UseQueryOptions<any, Error, any, QueryKey>;
// biome-ignore lint/suspicious/noExplicitAny: any infinite query's options
type AnyInfiniteOptions = FetchInfiniteQueryOptions<any, Error, any, QueryKey, any>;

const isInfinite = (options: object): options is AnyInfiniteOptions =>
  'getNextPageParam' in options;

/**
 * How a route loader fetches its critical data: from the cache when fresh,
 * else from the network, sharing an in-flight request with the component.
 * Takes the same factories as the page reads with, plain or infinite.
 */
export function ensure<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: UseQueryOptions<T, Error, T, K>,
): Promise<T>;
export function ensure<T, K extends QueryKey, P>(
  queryClient: QueryClient,
  options: FetchInfiniteQueryOptions<T, Error, T, K, P>,
): Promise<InfiniteData<T, P>>;
export function ensure(
  queryClient: QueryClient,
  options: AnyQueryOptions | AnyInfiniteOptions,
): Promise<unknown> {
  const run = () =>
    isInfinite(options)
      ? queryClient.ensureInfiniteQueryData(options as never)
      : queryClient.ensureQueryData(options as never);
  // A fetch is cancelled when its last watcher unmounts mid-flight (e.g. the
  // hydration fallback giving way to the page); the loader still needs the data.
  // TODO(issue 9): find what unmounts the watcher and remove this re-run.
  return run().catch((error: unknown) => {
    if (isCancelledError(error)) return run();
    throw error;
  });
}

/**
 * Starts a secondary query (plain or infinite); errors stay in the widget. The
 * promise settles when the query does and never rejects: a loader may give it
 * a moment, but need not wait.
 */
export function prefetch<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: UseQueryOptions<T, Error, T, K>,
): Promise<void>;
export function prefetch<T, K extends QueryKey, P>(
  queryClient: QueryClient,
  options: FetchInfiniteQueryOptions<T, Error, T, K, P>,
): Promise<void>;
export function prefetch(
  queryClient: QueryClient,
  options: AnyQueryOptions | AnyInfiniteOptions,
): Promise<void> {
  return isInfinite(options)
    ? queryClient.prefetchInfiniteQuery(options as never)
    : queryClient.prefetchQuery(options as never);
}
