import { ErrorState } from '@/components/ui/error-state';
import { type Freshness, freshnessSummary } from '@/lib/freshness';

export type FreshnessSummaryProps = {
  /** One per dependency row; undefined while the newest versions load. */
  statuses: Freshness['status'][] | undefined;
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
};

/** "2 of 4 dependencies are behind a major version", above the lists. */
export function FreshnessSummary({ statuses, error, onRetry, retrying }: FreshnessSummaryProps) {
  if (error) {
    return (
      <ErrorState
        title="Could not check how current the dependencies are"
        error={error}
        onRetry={onRetry}
        retrying={retrying}
      />
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
