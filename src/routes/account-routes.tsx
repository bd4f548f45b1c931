import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunction, type RouteObject, redirect } from 'react-router';
import { lazyLoader } from '@/lib/lazy-loader';
import { paths } from '@/lib/paths';
import { redirectRoute } from '@/lib/redirect-route';

type AccountLoaders = typeof import('@/pages/account/account-loaders');

/** The logged-in user's pages, at crates.io's URLs. Their loaders load with them. */
export function accountRoutes(queryClient: QueryClient): RouteObject[] {
  const account = (pick: (loaders: AccountLoaders) => LoaderFunction) =>
    lazyLoader(() => import('@/pages/account/account-loaders').then(pick));
  return [
    {
      path: 'dashboard',
      loader: account((m) => m.dashboardLoader(queryClient)),
      lazy: () => import('@/pages/account/dashboard-page'),
    },
    redirectRoute({ path: 'me', loader: () => redirect(paths.tokens()) }),
    redirectRoute({ path: 'me/crates', loader: account((m) => m.meCratesLoader(queryClient)) }),
    {
      path: 'me/following',
      loader: account((m) => m.followingLoader(queryClient)),
      lazy: () => import('@/pages/account/following-page'),
    },
    {
      path: 'me/pending-invites',
      loader: account((m) => m.invitesLoader(queryClient)),
      lazy: () => import('@/pages/account/invites-page'),
    },
    { path: 'confirm/:token', lazy: () => import('@/pages/account/confirm-email-page') },
    { path: 'accept-invite/:token', lazy: () => import('@/pages/account/accept-invite-page') },
    {
      path: 'settings',
      lazy: () => import('@/pages/settings/settings-layout'),
      loader: account((m) => m.settingsLoader(queryClient)),
      children: [
        redirectRoute({ index: true, loader: () => redirect(paths.profileSettings()) }),
        { path: 'profile', lazy: () => import('@/pages/settings/profile-page') },
        {
          path: 'tokens',
          loader: account((m) => m.tokensLoader(queryClient)),
          lazy: () => import('@/pages/settings/tokens-page'),
        },
        {
          path: 'security',
          loader: account((m) => m.securityLoader(queryClient)),
          lazy: () => import('@/pages/settings/security-page'),
        },
        {
          path: 'tokens/new',
          loader: account((m) => m.newTokenLoader(queryClient)),
          lazy: () => import('@/pages/settings/new-token-page'),
        },
      ],
    },
  ];
}
