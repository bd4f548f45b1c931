// Loaders of the logged-in pages. Without a session they show "log in to see
// this" (with the login button) instead of failing.
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { crateAdminQueries, meQueries } from '@/api/queries/me';
import { securityQueries } from '@/api/queries/security';
import { userQueries } from '@/api/queries/users';
import { ensure, prefetch } from '@/api/query-client';
import { FOLLOWING_LIST, readListParams, readTokenTemplate } from '@/lib/list-params';
import { requireSession } from '@/lib/loaders';
import { toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';
import { followingQuery } from './following-query';

/** The dashboard's lists of crates: its first five owned and followed. */
export const dashboardLists = (userId: number) => ({
  mine: crateQueries.list({ user_id: userId, sort: 'alpha', per_page: 5 }),
  followed: meQueries.crates({ following: '1', sort: 'alpha', per_page: 5 }),
});

export const dashboardLoader = (queryClient: QueryClient) => async () => {
  const { user } = await requireSession(queryClient);
  prefetch(queryClient, userQueries.stats(user.id));
  prefetch(queryClient, meQueries.updates());
  // The two short lists come first on the page: waited for, so that their
  // real length (not a guessed skeleton) sets what follows them.
  await Promise.all([
    ensure(queryClient, dashboardLists(user.id).mine),
    ensure(queryClient, dashboardLists(user.id).followed),
  ]).catch(toPageError({ notFound: 'Account not found', failed: 'Failed to load your dashboard' }));
  return null;
};

export const followingLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient);
    const state = readListParams(new URL(request.url).searchParams, FOLLOWING_LIST);
    prefetch(queryClient, meQueries.crates(followingQuery(state)));
    return null;
  };

/** `/me/crates` is the logged-in user's own page, keeping the query. */
export const meCratesLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const { user } = await requireSession(queryClient);
    return redirect(`${paths.user(user.login)}${new URL(request.url).search}`);
  };

export const settingsLoader = (queryClient: QueryClient) => async () => {
  await requireSession(queryClient);
  return null;
};

export const tokensLoader = (queryClient: QueryClient) => async () => {
  await requireSession(queryClient);
  prefetch(queryClient, meQueries.tokens());
  return null;
};

/**
 * Every request of the security console at once. The account-wide lists are
 * waited for (the summary and the crate cards are built from them, so nothing
 * shifts); per owned crate its owners, invitations and last release stream in.
 */
export const securityLoader = (queryClient: QueryClient) => async () => {
  const { user, owned_crates } = await requireSession(queryClient);
  for (const { name } of owned_crates) {
    prefetch(queryClient, crateQueries.owners(name));
    prefetch(queryClient, crateAdminQueries.invitations(name));
    prefetch(queryClient, securityQueries.lastRelease(name));
  }
  await Promise.all([
    ensure(queryClient, securityQueries.ownedCrates(user.id)),
    ensure(queryClient, securityQueries.githubConfigs(user.id)),
    ensure(queryClient, securityQueries.gitlabConfigs(user.id)),
    ensure(queryClient, meQueries.tokens()),
  ]).catch(
    toPageError({ notFound: 'Account not found', failed: 'Failed to load your security overview' }),
  );
  return null;
};

/** `?from=<id>` pre-fills the form from an existing token (Regenerate). */
export const newTokenLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await requireSession(queryClient);
    const from = readTokenTemplate(new URL(request.url).searchParams);
    if (from !== null) {
      await ensure(queryClient, meQueries.token(from)).catch(
        toPageError({
          notFound: 'Token not found',
          failed: 'Failed to load the token to regenerate',
        }),
      );
    }
    return null;
  };

export const invitesLoader = (queryClient: QueryClient) => async () => {
  const { user } = await requireSession(queryClient);
  prefetch(queryClient, meQueries.invitations(user.id));
  return null;
};
