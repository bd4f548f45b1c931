import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { prefetch } from '@/api/query-client';
import type { CrateListQuery } from '@/api/types';
import { crateListConfig, crateListQuery } from '@/lib/crate-lists';
import { type ListState, readListParams } from '@/lib/list-params';

/** All crates: 50 a page, most recently downloaded first, as on crates.io. */
export const CRATES_LIST = crateListConfig('recent-downloads', 50);

export const allCratesQuery = (state: ListState): CrateListQuery =>
  crateListQuery(state.letter ? { letter: state.letter } : {}, state, CRATES_LIST);

export const cratesLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) => {
    const state = readListParams(new URL(request.url).searchParams, CRATES_LIST);
    prefetch(queryClient, crateQueries.list(allCratesQuery(state)));
    return null;
  };
