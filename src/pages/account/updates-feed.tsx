import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { Button } from '@/components/ui/button';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/lib/paths';

/** New versions of followed crates, newest first, with "Load more". */
export function UpdatesFeed() {
  const updates = useInfiniteQuery(meQueries.updates());
  const versions = updates.data?.pages.flatMap((p) => p.versions) ?? [];
  return (
    <section aria-labelledby="updates-title">
      <h2 id="updates-title" className="mb-3 text-lg font-semibold">
        Latest Updates
      </h2>
      {updates.isError && versions.length === 0 ? (
        <QueryErrorState title="Failed to load the updates of followed crates" query={updates} />
      ) : updates.isPending ? (
        <Skeleton className="h-72 w-full rounded-lg" />
      ) : versions.length === 0 ? (
        <p className="text-sm text-muted">
          No updates yet: follow crates to see their new versions here.
        </p>
      ) : (
        <>
          <ol className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
            {versions.map((v) => (
              <li
                key={v.id}
                className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3"
              >
                <span>
                  <Link className="link font-semibold" to={paths.crateVersion(v.crate, v.num)}>
                    {v.crate} {v.num}
                  </Link>
                  {v.yanked && <span className="ml-2 text-sm text-danger">yanked</span>}
                </span>
                <span className="text-sm text-muted">
                  published <RelativeTime iso={v.created_at} />
                </span>
              </li>
            ))}
          </ol>
          {updates.hasNextPage && (
            <Button
              className="mt-4"
              onClick={() => void updates.fetchNextPage()}
              busy={updates.isFetchingNextPage}
            >
              Load more
            </Button>
          )}
          {updates.isFetchNextPageError && (
            <p role="alert" className="mt-2 text-sm text-danger">
              Could not load more updates: {updates.error?.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
