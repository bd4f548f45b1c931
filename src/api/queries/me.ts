import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { canonicalCrateName } from '@/lib/crate-name';
import { call, client } from '../client';
import { ApiError } from '../errors';
import { hasSessionHint, setSessionHint } from '../session-hint';
import type { QueryOf } from '../types';

/**
 * Everything that depends on who is logged in lives under ['me'], so logout
 * can drop all of it at once (see session mutations).
 */
export const meQueries = {
  all: () => ['me'] as const,
  /** The logged-in user, or null when nobody is (401/403 are an answer, not an error). */
  session: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'session'] as const,
      queryFn: async ({ signal }) => {
        if (!hasSessionHint()) return null;
        try {
          return await call(client.GET('/api/v1/me', { signal }));
        } catch (error) {
          if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
            setSessionHint(false);
            return null;
          }
          throw error;
        }
      },
      staleTime: 5 * 60_000,
    }),
  tokens: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'tokens'] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/me/tokens', { params: { query: { expired_days: 30 } }, signal })),
    }),
  token: (id: number) =>
    queryOptions({
      queryKey: [...meQueries.all(), 'tokens', id] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/me/tokens/{id}', { params: { path: { id } }, signal })),
    }),
  /** Pending invitations for the logged-in user (with inviters and crate names). */
  invitations: (userId: number) =>
    queryOptions({
      queryKey: [...meQueries.all(), 'invitations', userId] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/private/crate_owner_invitations', {
            params: { query: { invitee_id: userId } },
            signal,
          }),
        ),
    }),
  /** Versions of followed crates, newest first, a page at a time. */
  updates: () =>
    infiniteQueryOptions({
      queryKey: [...meQueries.all(), 'updates'] as const,
      queryFn: ({ pageParam, signal }) =>
        call(client.GET('/api/v1/me/updates', { params: { query: { page: pageParam } }, signal })),
      initialPageParam: 1,
      getNextPageParam: (last, _all, page) => (last.meta.more ? page + 1 : undefined),
    }),
  following: (name: string) =>
    queryOptions({
      queryKey: [...meQueries.all(), 'following', canonicalCrateName(name)] as const,
      queryFn: ({ signal }) =>
        call(client.GET('/api/v1/crates/{name}/following', { params: { path: { name } }, signal })),
    }),
  /** Crate lists that depend on the session (followed crates). */
  crates: (query: QueryOf<'list_crates'>) =>
    queryOptions({
      queryKey: [...meQueries.all(), 'crates', query] as const,
      queryFn: ({ signal }) => call(client.GET('/api/v1/crates', { params: { query }, signal })),
      placeholderData: keepPreviousData,
    }),
};

/** Owner-side data of one crate (its pending invitations, trusted publishers). */
export const crateAdminQueries = {
  all: (name: string) => [...meQueries.all(), 'crate-admin', canonicalCrateName(name)] as const,
  invitations: (name: string) =>
    queryOptions({
      queryKey: [...crateAdminQueries.all(name), 'invitations'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/private/crate_owner_invitations', {
            params: { query: { crate_name: name } },
            signal,
          }),
        ),
    }),
  githubConfigs: (name: string) =>
    queryOptions({
      queryKey: [...crateAdminQueries.all(name), 'trustpub', 'github'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/trusted_publishing/github_configs', {
            params: { query: { crate: name } },
            signal,
          }),
        ),
    }),
  gitlabConfigs: (name: string) =>
    queryOptions({
      queryKey: [...crateAdminQueries.all(name), 'trustpub', 'gitlab'] as const,
      queryFn: ({ signal }) =>
        call(
          client.GET('/api/v1/trusted_publishing/gitlab_configs', {
            params: { query: { crate: name } },
            signal,
          }),
        ),
    }),
};
