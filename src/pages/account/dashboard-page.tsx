import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { meQueries } from '@/api/queries/me';
import { userQueries } from '@/api/queries/users';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { CrateLinkList } from './crate-link-list';
import { UpdatesFeed } from './updates-feed';

export function Component() {
  const { data: session } = useSuspenseQuery(meQueries.session());
  const user = session?.user;
  const id = user?.id ?? 0;
  const stats = useQuery({ ...userQueries.stats(id), enabled: Boolean(user) });
  const mine = useQuery({
    ...crateQueries.list({ user_id: id, sort: 'alpha', per_page: 5 }),
    enabled: Boolean(user),
  });
  const followed = useQuery({
    ...meQueries.crates({ following: '1', sort: 'alpha', per_page: 5 }),
    enabled: Boolean(user),
  });
  if (!user) return null;

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
      <div className="mt-8 grid gap-8 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <div className="space-y-8">
          <CrateLinkList
            title="My Crates"
            query={mine}
            showAll={{ to: paths.user(user.login), label: 'Show all my crates' }}
            empty="You don't own any crates yet."
          />
          <CrateLinkList
            title="Followed Crates"
            query={followed}
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
