import {
  type FetchInfiniteQueryOptions,
  type InfiniteData,
  InfiniteQueryObserver,
  QueryClient,
  type QueryKey,
  QueryObserver,
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
 * Runs `fetch` while a disabled observer watches the query. A fetch whose last
 * watcher leaves mid-flight is cancelled by React Query (our queryFns consume
 * the abort signal); without this, a component unmounting while a loader waits
 * (the hydration fallback's header giving way to the page's, a page left
 * mid-navigation) cancelled the loader's request. Disabled: watching fetches nothing.
 */
async function watched<T>(
  queryClient: QueryClient,
  options: AnyQueryOptions | AnyInfiniteOptions,
  fetch: () => Promise<T>,
): Promise<T> {
  const observer = isInfinite(options)
    ? new InfiniteQueryObserver(queryClient, { ...options, enabled: false } as never)
    : new QueryObserver(queryClient, { ...options, enabled: false } as never);
  const unsubscribe = observer.subscribe(() => {});
  try {
    return await fetch();
  } finally {
    unsubscribe();
  }
}

/**
 * How a route loader fetches its critical data: from the cache when there is
 * some, else from the network, sharing an in-flight request with the component.
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
  return watched(queryClient, options, () =>
    isInfinite(options)
      ? queryClient.ensureInfiniteQueryData(options as never)
      : queryClient.ensureQueryData(options as never),
  );
}

/**
 * Starts a secondary query (plain or infinite); errors stay in the widget. The
 * promise settles when the query does and never rejects: a loader may give it
 * a moment, but need not wait. Unlike ensure(), nothing watches it: when the
 * page that wanted it is left before the answer (page 2 of a list, then page 3
 * at once), React Query cancels the request.
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
