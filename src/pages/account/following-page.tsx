import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { CrateList } from '@/components/crate/crate-list';
import { ErrorState } from '@/components/ui/error-state';
import { SortSelect } from '@/components/ui/sort-select';
import { paths } from '@/lib/paths';
import { FOLLOWING_PER_PAGE, FOLLOWING_SORTS, followingQuery } from './following-query';

export function Component() {
  const [params, setParams] = useSearchParams();
  const query = followingQuery(params);
  const list = useQuery(meQueries.crates(query));
  const hrefFor = (page: number) =>
    paths.following({ sort: params.get('sort'), page: page > 1 ? page : null });

  return (
    <>
      <title>Followed Crates - crates.io: Rust Package Registry</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">Followed Crates</h1>
        <SortSelect
          value={query.sort}
          options={FOLLOWING_SORTS}
          onChange={(value) => setParams(value === 'alpha' ? {} : { sort: value })}
        />
      </div>
      <div className="mt-6">
        {list.isError && !list.data ? (
          <ErrorState
            title="Failed to load followed crates"
            error={list.error}
            onRetry={() => void list.refetch()}
            retrying={list.isFetching}
          />
        ) : (
          <CrateList
            result={list.data}
            page={query.page}
            perPage={FOLLOWING_PER_PAGE}
            totalPages={Math.ceil((list.data?.meta.total ?? 0) / FOLLOWING_PER_PAGE)}
            stale={list.isPlaceholderData}
            hrefFor={hrefFor}
            empty={
              <p>
                You don't follow any crates yet. Open a crate and choose Follow to see its new
                versions on your{' '}
                <Link className="link" to={paths.dashboard()}>
                  dashboard
                </Link>
                .
              </p>
            }
          />
        )}
      </div>
    </>
  );
}
