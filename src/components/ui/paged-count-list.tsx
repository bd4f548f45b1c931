import type { UseQueryResult } from '@tanstack/react-query';
import { type ListConfig, pageCount } from '@/lib/list-params';
import type { ListParams } from '@/lib/use-list-params';
import { EmptyState } from './empty-state';
import { type LinkCountItem, LinkCountList } from './link-count-list';
import { ListToolbar } from './list-toolbar';
import { Pagination } from './pagination';
import { QueryErrorState } from './query-error-state';
import { SortSelect } from './sort-select';

export type PagedCountListProps = {
  config: ListConfig;
  list: ListParams;
  query: UseQueryResult<{ meta: { total: number } }>;
  /** The query's rows as links; undefined while loading. */
  items?: LinkCountItem[];
  /** The list's accessible name, e.g. "Keywords". */
  label: string;
  errorTitle: string;
  emptyTitle: string;
  described?: boolean;
  placeholders?: number;
};

/** A sortable, paginated list of links with crate counts (keywords, categories). */
export function PagedCountList({
  config,
  list,
  query,
  items,
  label,
  errorTitle,
  emptyTitle,
  described,
  placeholders,
}: PagedCountListProps) {
  const total = query.data?.meta.total ?? 0;
  return (
    <>
      <ListToolbar
        loading={query.isPending}
        count={
          items ? { page: list.page, perPage: config.perPage, shown: items.length, total } : null
        }
      >
        <SortSelect value={list.sort} options={config.sorts} onChange={list.setSort} />
      </ListToolbar>
      {query.isError && !query.data ? (
        <QueryErrorState title={errorTitle} query={query} />
      ) : items && items.length === 0 ? (
        <EmptyState title={total === 0 ? emptyTitle : `There is no page ${list.page}`} />
      ) : (
        <>
          <LinkCountList
            label={label}
            items={items}
            described={described}
            placeholders={placeholders}
            stale={query.isPlaceholderData}
          />
          {items ? (
            <Pagination
              className="mt-6"
              page={list.page}
              totalPages={pageCount(total, config)}
              hrefFor={list.hrefFor}
            />
          ) : (
            // Room for the page links, which most lists have, so they do not push the footer.
            <div aria-hidden className="mt-6 h-8" />
          )}
        </>
      )}
    </>
  );
}
