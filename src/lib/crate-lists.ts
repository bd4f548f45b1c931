import type { CrateListQuery } from '@/api/types';
import { apiPaging, type ListConfig, type ListState, type SortOption } from './list-params';

// crates.io's names for crate orders, in the URL and in the API alike.
const ALPHA: SortOption = { value: 'alpha', label: 'Alphabetical' };
const DOWNLOADS: SortOption = { value: 'downloads', label: 'All-Time Downloads' };
const RECENT_DOWNLOADS: SortOption = { value: 'recent-downloads', label: 'Recent Downloads' };
const RECENT_UPDATES: SortOption = { value: 'recent-updates', label: 'Recent Updates' };
const NEW: SortOption = { value: 'new', label: 'Newly Added' };

/** The orders of every crate list but search. */
export const CRATE_SORTS = [ALPHA, DOWNLOADS, RECENT_DOWNLOADS, RECENT_UPDATES, NEW] as const;

/** Search ranks by relevance first, and has no alphabetical order. */
export const SEARCH_SORTS = [
  { value: 'relevance', label: 'Relevance' },
  DOWNLOADS,
  RECENT_DOWNLOADS,
  RECENT_UPDATES,
  NEW,
] as const;

/** crates.io stops page links at 20 for crate lists: deeper pages are refused for performance. */
export const CRATE_LIST_MAX_PAGES = 20;

/** A crate list of `perPage` rows, sorted by `defaultSort` unless the URL says otherwise. */
export const crateListConfig = (
  defaultSort: string,
  perPage = 10,
  maxPages = CRATE_LIST_MAX_PAGES,
): ListConfig => ({ sorts: CRATE_SORTS, defaultSort, perPage, maxPages });

/**
 * The list_crates query for a list state: `filter` says which crates (keyword,
 * category, user…), the state says which order and page. The sort is always
 * sent, since the API's default order is not the page's.
 */
export function crateListQuery(
  filter: CrateListQuery,
  state: ListState,
  config: ListConfig,
): CrateListQuery {
  return { ...filter, sort: state.sort, ...apiPaging(state, config) };
}
