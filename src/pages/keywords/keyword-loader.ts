import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { prefetch } from '@/api/query-client';
import { crateListConfig, crateListQuery } from '@/lib/crate-lists';
import { type ListState, readListParams } from '@/lib/list-params';

export const KEYWORD_CRATES_LIST = crateListConfig('recent-downloads');

export const keywordCratesQuery = (keyword: string, state: ListState) =>
  crateListQuery({ keyword }, state, KEYWORD_CRATES_LIST);

/**
 * Only the crate list: an unknown keyword is an empty list, not a 404, as on
 * crates.io (which never asks for the keyword itself).
 */
export const keywordLoader =
  (queryClient: QueryClient) =>
  ({ request, params }: LoaderFunctionArgs) => {
    const state = readListParams(new URL(request.url).searchParams, KEYWORD_CRATES_LIST);
    prefetch(queryClient, crateQueries.list(keywordCratesQuery(params.keyword ?? '', state)));
    return null;
  };
