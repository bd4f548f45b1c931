import type { ReactNode } from 'react';
import { ListCount, type ListCountProps } from './list-count';
import { Skeleton } from './skeleton';

export type ListToolbarProps = {
  /** The count to show; null when there is none (empty list, error). */
  count: ListCountProps | null;
  loading: boolean;
  /** Controls on the right, e.g. the sort select; there in every state. */
  children?: ReactNode;
};

/** The line above a list: its count on the left, its controls on the right. */
export function ListToolbar({ count, loading, children }: ListToolbarProps) {
  return (
    <div className="mb-3 flex min-h-9 flex-wrap items-center justify-between gap-x-4 gap-y-2">
      {loading ? (
        <Skeleton className="h-5 w-56" />
      ) : count && count.shown > 0 ? (
        <ListCount {...count} />
      ) : (
        <span />
      )}
      {children}
    </div>
  );
}
