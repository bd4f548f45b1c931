import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { crateQueries } from '@/api/queries/crates';
import type { CrateListQuery } from '@/api/types';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { SortSelect } from '@/components/ui/sort-select';
import { type ListConfig, pageCount } from '@/lib/list-params';
import type { ListParams } from '@/lib/use-list-params';
import { CrateList, type CrateSelection } from './crate-list';

export type CrateListSectionProps = {
  config: ListConfig;
  /** The page's list state, from useListParams(config). */
  list: ListParams;
  /** The list_crates query; the route's loader starts the same one. */
  query: CrateListQuery;
  errorTitle?: string;
  empty?: ReactNode;
  showExactMatch?: boolean;
  headingLevel?: 2 | 3;
  selection?: CrateSelection;
};

/** A crate list page's body: count, sort, rows, pagination, and its error state. */
export function CrateListSection({
  config,
  list,
  query,
  errorTitle = 'Failed to load crate list',
  empty,
  showExactMatch,
  headingLevel,
  selection,
}: CrateListSectionProps) {
  const results = useQuery(crateQueries.list(query));
  if (results.isError && !results.data) {
    return <QueryErrorState title={errorTitle} query={results} />;
  }
  return (
    <CrateList
      result={results.data}
      page={list.page}
      perPage={config.perPage}
      totalPages={pageCount(results.data?.meta.total ?? 0, config)}
      stale={results.isPlaceholderData}
      hrefFor={list.hrefFor}
      toolbar={<SortSelect value={list.sort} options={config.sorts} onChange={list.setSort} />}
      showExactMatch={showExactMatch}
      headingLevel={headingLevel}
      empty={empty}
      selection={selection}
    />
  );
}
