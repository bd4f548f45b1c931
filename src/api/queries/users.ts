import { queryOptions } from '@tanstack/react-query';
import { call, client } from '../client';

export const userQueries = {
  all: () => ['users'] as const,
  detail: (login: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', login.toLowerCase()] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/users/{user}', { params: { path: { user: login } }, signal })),
    }),
  stats: (id: number) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'stats', id] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/users/{id}/stats', { params: { path: { id } }, signal })),
    }),
};

export const teamQueries = {
  all: () => ['teams'] as const,
  detail: (team: string) =>
    queryOptions({
      queryKey: [...teamQueries.all(), 'detail', team.toLowerCase()] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/teams/{team}', { params: { path: { team } }, signal })),
    }),
};
