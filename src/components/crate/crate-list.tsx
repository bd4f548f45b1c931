import type { ReactNode } from 'react';
import type { CrateList as CrateListResult } from '@/api/types';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { formatNumber } from '@/lib/format';
import { CrateRow } from './crate-row';

export type CrateListProps = {
  /** undefined while the first page loads. */
  result?: CrateListResult;
  page: number;
  perPage: number;
  /** Showing the previous results while the next ones load. */
  stale?: boolean;
  hrefFor: (page: number) => string;
  showExactMatch?: boolean;
  empty?: ReactNode;
};

/** A paginated list of crates with its "Displaying 1–10 of 123" count. */
export function CrateList({
  result,
  page,
  perPage,
  stale,
  hrefFor,
  showExactMatch,
  empty,
}: CrateListProps) {
  if (!result) {
    return (
      <div role="status" aria-label="Loading crates" className="space-y-3">
        <Skeleton className="h-5 w-48" />
        {Array.from({ length: 5 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
          <Skeleton key={i} className="h-28 w-full rounded-lg" />
        ))}
      </div>
    );
  }
  const total = result.meta.total;
  if (total === 0 || result.crates.length === 0) {
    return <EmptyState title="0 crates found">{empty}</EmptyState>;
  }
  const first = (page - 1) * perPage + 1;
  const last = first + result.crates.length - 1;
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return (
    <div aria-busy={stale || undefined}>
      <p className="mb-3 text-sm text-muted" aria-live="polite">
        Displaying{' '}
        <strong className="text-ink">
          {formatNumber(first)}–{formatNumber(last)}
        </strong>{' '}
        of <strong className="text-ink">{formatNumber(total)}</strong> total results
      </p>
      <ul className={cn('space-y-3 transition-opacity', stale && 'opacity-60')}>
        {result.crates.map((crate) => (
          <li key={crate.id}>
            <CrateRow crate={crate} showExactMatch={showExactMatch} />
          </li>
        ))}
      </ul>
      <Pagination className="mt-6" page={page} totalPages={totalPages} hrefFor={hrefFor} />
    </div>
  );
}
