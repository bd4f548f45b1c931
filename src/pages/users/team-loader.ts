import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { teamQueries } from '@/api/queries/users';
import { ensure, prefetch } from '@/api/query-client';
import type { Team } from '@/api/types';
import { crateListConfig, crateListQuery } from '@/lib/crate-lists';
import { type ListState, readListParams } from '@/lib/list-params';
import { toPageError } from '@/lib/page-error';

export const TEAM_CRATES_LIST = crateListConfig('alpha', 10, 50);

export const teamCratesQuery = (team: Team, state: ListState) =>
  crateListQuery({ team_id: team.id }, state, TEAM_CRATES_LIST);

export const teamLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const login = params.team ?? '';
    const { team } = await ensure(queryClient, teamQueries.detail(login)).catch(
      toPageError({
        notFound: `Team "${login}" not found`,
        failed: `${login}: Failed to load team data`,
      }),
    );
    const state = readListParams(new URL(request.url).searchParams, TEAM_CRATES_LIST);
    prefetch(queryClient, crateQueries.list(teamCratesQuery(team, state)));
    return null;
  };
