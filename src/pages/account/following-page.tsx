import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meQueries } from '@/api/queries/me';
import { CrateList } from '@/components/crate/crate-list';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { SortSelect } from '@/components/ui/sort-select';
import { FOLLOWING_LIST } from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { useListParams } from '@/lib/use-list-params';
import { followingQuery } from './following-query';

export function Component() {
  const state = useListParams(FOLLOWING_LIST);
  const query = followingQuery(state);
  const list = useQuery(meQueries.crates(query));

  return (
    <>
      <title>Followed Crates - crates.io: Rust Package Registry</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold">Followed Crates</h1>
        <SortSelect value={query.sort} options={FOLLOWING_LIST.sorts} onChange={state.setSort} />
      </div>
      <div className="mt-6">
        {list.isError && !list.data ? (
          <QueryErrorState title="Failed to load followed crates" query={list} />
        ) : (
          <CrateList
            headingLevel={2}
            result={list.data}
            page={query.page}
            perPage={FOLLOWING_LIST.perPage}
            totalPages={Math.ceil((list.data?.meta.total ?? 0) / FOLLOWING_LIST.perPage)}
            stale={list.isPlaceholderData}
            hrefFor={state.hrefFor}
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
