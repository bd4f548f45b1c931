import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { CrateListSection } from '@/components/crate/crate-list-section';
import { paths } from '@/lib/paths';
import { parseSearch } from '@/lib/search-query';
import { useListParams } from '@/lib/use-list-params';
import { CompareBar } from './compare-bar';
import { readSearchParams, SEARCH_LIST } from './search-params';

export function Component() {
  const [params] = useSearchParams();
  const list = useListParams(SEARCH_LIST);
  const { q, api } = readSearchParams(params);
  const parsed = parseSearch(q);
  const filtered = parsed.keywords.length > 0 || parsed.categories.length > 0;
  // Picked rows, to compare; kept across result pages.
  const [selected, setSelected] = useState<string[]>([]);
  // The compare hint comes with results to tick: below a loading list it would move up
  // when fewer rows than the placeholder's arrive (a layout shift at desktop width).
  const { data: hasResults } = useQuery({
    ...crateQueries.list(api),
    select: (result) => result.crates.length > 0,
  });
  const toggle = (name: string, on: boolean) =>
    setSelected((prev) => [...prev.filter((n) => n !== name), ...(on ? [name] : [])]);

  return (
    <>
      <title>{q ? `Search Results for '${q}' - crates.io` : 'Search - crates.io'}</title>
      <h1 className="mb-4 text-2xl font-bold wrap-anywhere">
        {q ? (
          <>
            Search Results for <q>{q}</q>
          </>
        ) : (
          'All Crates'
        )}
      </h1>
      {parsed.categories.length > 1 && (
        <p role="note" className="mb-4 rounded-md bg-warn-soft p-3 text-sm">
          Only one <code>category:</code> can filter a search; results are from{' '}
          <code>{parsed.categories[0]}</code>.
        </p>
      )}
      <CrateListSection
        config={SEARCH_LIST}
        list={list}
        query={api}
        errorTitle="Failed to load search results"
        showExactMatch
        headingLevel={2}
        selection={{ selected, toggle }}
        empty={
          <p>
            {filtered
              ? 'Try removing a keyword: or category: filter, '
              : 'Try fewer or different words, '}
            check the spelling, or browse{' '}
            <Link className="link" to={paths.categories()}>
              categories
            </Link>{' '}
            and{' '}
            <Link className="link" to={paths.keywords()}>
              keywords
            </Link>
            .
          </p>
        }
      />
      {(hasResults || selected.length > 0) && (
        <CompareBar selected={selected} onClear={() => setSelected([])} />
      )}
    </>
  );
}
