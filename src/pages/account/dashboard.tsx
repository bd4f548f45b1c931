import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { userQueries } from '@/api/queries/users';
import type { AuthenticatedUser } from '@/api/types';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { dashboardLists } from './account-loaders';
import { CrateLinkList } from './crate-link-list';
import { UpdatesFeed } from './updates-feed';

/** The logged-in user's dashboard: download total, their crates, followed crates, updates. */
export function Dashboard({ user }: { user: AuthenticatedUser }) {
  const stats = useQuery(userQueries.stats(user.id));
  const lists = dashboardLists(user.id);
  const { data: mine } = useSuspenseQuery(lists.mine);
  const { data: followed } = useSuspenseQuery(lists.followed);
  // Set by the delete page: say what was deleted, where the user lands.
  const deleted = (useLocation().state as { deletedCrate?: string } | null)?.deletedCrate;

  return (
    <>
      <title>Dashboard - crates.io: Rust Package Registry</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">My Dashboard</h1>
        <dl>
          <dt className="text-sm text-muted">Total downloads of my crates</dt>
          <dd className="text-2xl font-bold tabular-nums">
            {stats.data ? (
              formatNumber(stats.data.total_downloads)
            ) : stats.isError ? (
              '–'
            ) : (
              <Skeleton className="h-8 w-32" />
            )}
          </dd>
        </dl>
      </div>
      {deleted && (
        <p role="status" className="mt-4 rounded-lg border border-ok/40 bg-ok-soft p-3">
          The crate {deleted} has been deleted. Its name becomes available again in 24 hours.
        </p>
      )}
      <div className="mt-8 grid gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <div className="space-y-8">
          <CrateLinkList
            title="My Crates"
            list={mine}
            showAll={{ to: paths.user(user.login), label: 'Show all my crates' }}
            empty="You don't own any crates yet."
          />
          <CrateLinkList
            title="Followed Crates"
            list={followed}
            showAll={{ to: paths.following(), label: 'Show all followed crates' }}
            empty={
              <>
                You don't follow any crates yet. Follow one from its page to see its releases here.{' '}
                <Link className="link" to={paths.crates()}>
                  Browse crates
                </Link>
              </>
            }
          />
        </div>
        <UpdatesFeed />
      </div>
    </>
  );
}
