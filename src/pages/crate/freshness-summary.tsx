import { QueryErrorState, type RetryableQuery } from '@/components/ui/query-error-state';
import { type Freshness, freshnessSummary } from '@/lib/freshness';

export type FreshnessSummaryProps = {
  /** One per dependency row; undefined while the newest versions load. */
  statuses: Freshness['status'][] | undefined;
  /** The newest versions' query: when it failed, the summary is its error and retry. */
  details: RetryableQuery;
};

/** "2 of 4 dependencies are behind a major version", above the lists. */
export function FreshnessSummary({ statuses, details }: FreshnessSummaryProps) {
  if (details.isError) {
    return (
      <QueryErrorState title="Could not check how current the dependencies are" query={details} />
    );
  }
  return (
    <p className="min-h-6 font-medium" aria-live="polite">
      {statuses === undefined ? (
        <span className="inline-block h-5 w-72 animate-pulse rounded bg-surface-2" aria-hidden />
      ) : (
        freshnessSummary(statuses)
      )}
    </p>
  );
}
