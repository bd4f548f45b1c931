import type { ReactNode } from 'react';
import { ErrorState } from './error-state';

/** What QueryErrorState reads of a TanStack query result (useQuery, useInfiniteQuery…). */
export type RetryableQuery = {
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
};

export type QueryErrorStateProps = {
  /** What failed, e.g. "Failed to load the front page". */
  title: string;
  /**
   * The query that failed, or the several a block is built from: the first failed
   * one's error is shown, "Try again" refetches every failed one, and it shows
   * progress while any of them is fetching.
   */
  query: RetryableQuery | readonly RetryableQuery[];
  children?: ReactNode;
};

/** ErrorState for failed queries: the one way a page shows a query's failure and its retry. */
export function QueryErrorState({ title, query, children }: QueryErrorStateProps) {
  const queries = 'refetch' in query ? [query] : query;
  const failed = queries.filter((q) => q.isError);
  // Shown for a query that has not failed (a caller's own condition), it retries them all.
  const retried = failed.length > 0 ? failed : queries;
  return (
    <ErrorState
      title={title}
      // The error decides the 429 wait (Retry-After) on "Try again", as in ErrorState.
      error={failed[0]?.error ?? queries[0]?.error}
      onRetry={() => {
        for (const q of retried) void q.refetch();
      }}
      retrying={queries.some((q) => q.isFetching)}
    >
      {children}
    </ErrorState>
  );
}
