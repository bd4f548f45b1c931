import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CrateList as CrateListResult } from '@/api/types';
import { EmptyState } from '@/components/ui/empty-state';
import { ListToolbar } from '@/components/ui/list-toolbar';
import { Pagination } from '@/components/ui/pagination';
import { cn } from '@/lib/cn';
import { plural } from '@/lib/format';
import { CrateRow } from './crate-row';
import { CrateRowSkeleton } from './crate-row-skeleton';

export type CrateListProps = {
  /** undefined while the first page loads. */
  result?: CrateListResult;
  page: number;
  perPage: number;
  /** Pages that can be linked (the API refuses deep pages). */
  totalPages: number;
  /** Showing the previous results while the next ones load. */
  stale?: boolean;
  hrefFor: (page: number) => string;
  /** Controls beside the count, e.g. the sort select; shown in every state. */
  toolbar?: ReactNode;
  showExactMatch?: boolean;
  headingLevel?: 2 | 3;
  /** What to suggest when nothing matched. */
  empty?: ReactNode;
  /** Rows get checkboxes: which crates are picked, and how to pick one. */
  selection?: CrateSelection;
};

export type CrateSelection = {
  selected: readonly string[];
  toggle: (name: string, on: boolean) => void;
};

/** A paginated list of crates with its "Displaying 1–10 of 123" count. */
export function CrateList({
  result,
  page,
  perPage,
  totalPages,
  stale,
  hrefFor,
  toolbar,
  showExactMatch,
  headingLevel,
  empty,
  selection,
}: CrateListProps) {
  const total = result?.meta.total ?? 0;
  const crates = result?.crates ?? [];
  return (
    <div aria-busy={!result || stale || undefined}>
      <ListToolbar loading={!result} count={{ page, perPage, shown: crates.length, total }}>
        {toolbar}
      </ListToolbar>
      {!result ? (
        <div role="status" aria-label="Loading crates" className="space-y-3">
          {Array.from({ length: Math.min(perPage, 10) }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
            <CrateRowSkeleton key={i} />
          ))}
        </div>
      ) : total === 0 ? (
        <EmptyState title="0 crates found">{empty}</EmptyState>
      ) : crates.length === 0 ? (
        <EmptyState title={`There is no page ${page}`}>
          <p>
            This list has {plural(total, 'crate')}.{' '}
            <Link className="link" to={hrefFor(totalPages)}>
              Go to the last page
            </Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <ul className={cn('space-y-3 transition-opacity', stale && 'opacity-60')}>
            {crates.map((crate) => (
              <li key={crate.id}>
                <CrateRow
                  crate={crate}
                  showExactMatch={showExactMatch}
                  headingLevel={headingLevel}
                  select={
                    selection && {
                      checked: selection.selected.includes(crate.name),
                      onChange: (on) => selection.toggle(crate.name, on),
                    }
                  }
                />
              </li>
            ))}
          </ul>
          <Pagination className="mt-6" page={page} totalPages={totalPages} hrefFor={hrefFor} />
        </>
      )}
    </div>
  );
}
