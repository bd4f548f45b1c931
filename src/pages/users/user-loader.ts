import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { meQueries } from '@/api/queries/me';
import { userQueries } from '@/api/queries/users';
import { ensure, prefetch } from '@/api/query-client';
import type { User } from '@/api/types';
import { crateListConfig, crateListQuery } from '@/lib/crate-lists';
import { type ListState, readListParams } from '@/lib/list-params';
import { toPageError } from '@/lib/page-error';

/** A user's crates: alphabetical, 10 a page, links up to page 50, as on crates.io. */
export const USER_CRATES_LIST = crateListConfig('alpha', 10, 50);

/** Crates whose every version is yanked are listed on your own profile only, as on crates.io. */
export const userCratesQuery = (user: User, ownProfile: boolean, state: ListState) =>
  crateListQuery(
    { user_id: user.id, include_yanked: ownProfile ? 'yes' : 'no' },
    state,
    USER_CRATES_LIST,
  );

export const isOwnProfile = (user: User, sessionLogin: string | undefined) =>
  sessionLogin?.toLowerCase() === user.login.toLowerCase();

export const userLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const login = params.login ?? '';
    const [{ user }, session] = await Promise.all([
      ensure(queryClient, userQueries.detail(login)).catch(
        toPageError({
          notFound: `User "${login}" not found`,
          failed: `${login}: Failed to load user data`,
        }),
      ),
      // Only tells whether this is your own profile: a failure means "no".
      ensure(queryClient, meQueries.session()).catch(() => null),
    ]);
    const state = readListParams(new URL(request.url).searchParams, USER_CRATES_LIST);
    const own = isOwnProfile(user, session?.user.login);
    prefetch(queryClient, crateQueries.list(userCratesQuery(user, own, state)));
    return null;
  };
