import { CRATE_LIST_MAX_PAGES, SEARCH_SORTS } from '@/lib/crate-lists';
import { type ListConfig, readListParams, readSearchText } from '@/lib/list-params';
import { searchToApiQuery } from '@/lib/search-query';

export const SEARCH_LIST: ListConfig = {
  sorts: SEARCH_SORTS,
  defaultSort: 'relevance',
  perPage: 10,
  maxPages: CRATE_LIST_MAX_PAGES,
};

/** The search page's state, all of it in the URL. */
export function readSearchParams(params: URLSearchParams) {
  const { q, allKeywords } = readSearchText(params);
  const { sort, page } = readListParams(params, SEARCH_LIST);
  return {
    q,
    sort,
    page,
    allKeywords,
    api: searchToApiQuery(q, { sort, page, perPage: SEARCH_LIST.perPage, allKeywords }),
  };
}
