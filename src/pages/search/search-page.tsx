import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { CrateList } from '@/components/crate/crate-list';
import { ErrorState } from '@/components/ui/error-state';
import { SortSelect } from '@/components/ui/sort-select';
import { paths } from '@/lib/paths';
import { parseSearch } from '@/lib/search-query';
import { readSearchParams, SEARCH_PER_PAGE, SEARCH_SORTS } from './search-params';

export function Component() {
  const [params, setParams] = useSearchParams();
  const { q, sort, page, api } = readSearchParams(params);
  const results = useQuery(crateQueries.list(api));
  const categories = parseSearch(q).categories;

  const hrefFor = (next: number) => {
    const copy = new URLSearchParams(params);
    if (next > 1) copy.set('page', String(next));
    else copy.delete('page');
    return `?${copy.toString()}`;
  };

  return (
    <>
      <title>{q ? `Search Results for '${q}' - crates.io` : 'Search - crates.io'}</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-bold break-all">
          {q ? (
            <>
              Search Results for <q>{q}</q>
            </>
          ) : (
            'All Crates'
          )}
        </h1>
        <SortSelect
          value={sort}
          options={SEARCH_SORTS}
          onChange={(value) => {
            const copy = new URLSearchParams(params);
            copy.set('sort', value);
            copy.delete('page');
            setParams(copy);
          }}
        />
      </div>
      {categories.length > 1 && (
        <p role="note" className="mt-3 rounded-md bg-warn-soft p-3 text-sm">
          Only one <code>category:</code> can filter a search; results are from{' '}
          <code>{categories[0]}</code>.
        </p>
      )}
      <div className="mt-6">
        {results.isError && !results.data ? (
          <ErrorState
            title="Failed to load search results"
            error={results.error}
            onRetry={() => void results.refetch()}
            retrying={results.isFetching}
          />
        ) : (
          <CrateList
            result={results.data}
            page={page}
            perPage={SEARCH_PER_PAGE}
            stale={results.isPlaceholderData}
            hrefFor={hrefFor}
            showExactMatch
            empty={
              <p>
                Try fewer or different words, check the spelling, or browse by{' '}
                <Link className="link" to={paths.categories()}>
                  category
                </Link>{' '}
                or{' '}
                <Link className="link" to={paths.keywords()}>
                  keyword
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
