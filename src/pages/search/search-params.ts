import { searchToApiQuery } from '@/lib/search-query';

export const SEARCH_SORTS = [
  { value: 'relevance', label: 'Relevance' },
  { value: 'downloads', label: 'All-Time Downloads' },
  { value: 'recent-downloads', label: 'Recent Downloads' },
  { value: 'recent-updates', label: 'Recent Updates' },
  { value: 'new', label: 'Newly Added' },
];

export const SEARCH_PER_PAGE = 10;

/** The search page's state, all of it in the URL. */
export function readSearchParams(params: URLSearchParams) {
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort = SEARCH_SORTS.some((s) => s.value === sortParam)
    ? (sortParam as string)
    : 'relevance';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  const allKeywords = params.get('all_keywords');
  return {
    q,
    sort,
    page,
    allKeywords,
    api: searchToApiQuery(q, { sort, page, perPage: SEARCH_PER_PAGE, allKeywords }),
  };
}
