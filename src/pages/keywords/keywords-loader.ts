import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { keywordQueries } from '@/api/queries/keywords';
import { prefetch } from '@/api/query-client';
import { apiPaging, type ListConfig, type ListState, readListParams } from '@/lib/list-params';

/** Keywords, 10 a page, most used first, as on crates.io. */
export const KEYWORDS_LIST: ListConfig = {
  sorts: [
    { value: 'crates', label: '# Crates' },
    { value: 'alpha', label: 'Alphabetical' },
  ],
  defaultSort: 'crates',
  perPage: 10,
};

export const keywordsQuery = (state: ListState) =>
  keywordQueries.list({ sort: state.sort, ...apiPaging(state, KEYWORDS_LIST) });

export const keywordsLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    prefetch(
      queryClient,
      keywordsQuery(readListParams(new URL(request.url).searchParams, KEYWORDS_LIST)),
    );
    return null;
  };
