import type { QueryClient } from '@tanstack/react-query';
import { type RouteObject, redirect } from 'react-router';
import { paths } from '@/lib/paths';
import { redirectRoute } from '@/lib/redirect-route';
import {
  dashboardLoader,
  followingLoader,
  invitesLoader,
  meCratesLoader,
  newTokenLoader,
  securityLoader,
  settingsLoader,
  tokensLoader,
} from '@/pages/account/account-loaders';

/** The logged-in user's pages, at crates.io's URLs. */
export function accountRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'dashboard',
      loader: dashboardLoader(queryClient),
      lazy: () => import('@/pages/account/dashboard-page'),
    },
    redirectRoute({ path: 'me', loader: () => redirect(paths.tokens()) }),
    redirectRoute({ path: 'me/crates', loader: meCratesLoader(queryClient) }),
    {
      path: 'me/following',
      loader: followingLoader(queryClient),
      lazy: () => import('@/pages/account/following-page'),
    },
    {
      path: 'me/pending-invites',
      loader: invitesLoader(queryClient),
      lazy: () => import('@/pages/account/invites-page'),
    },
    { path: 'confirm/:token', lazy: () => import('@/pages/account/confirm-email-page') },
    { path: 'accept-invite/:token', lazy: () => import('@/pages/account/accept-invite-page') },
    {
      path: 'settings',
      lazy: () => import('@/pages/settings/settings-layout'),
      loader: settingsLoader(queryClient),
      children: [
        redirectRoute({ index: true, loader: () => redirect(paths.profileSettings()) }),
        { path: 'profile', lazy: () => import('@/pages/settings/profile-page') },
        {
          path: 'tokens',
          loader: tokensLoader(queryClient),
          lazy: () => import('@/pages/settings/tokens-page'),
        },
        {
          path: 'security',
          loader: securityLoader(queryClient),
          lazy: () => import('@/pages/settings/security-page'),
        },
        {
          path: 'tokens/new',
          loader: newTokenLoader(queryClient),
          lazy: () => import('@/pages/settings/new-token-page'),
        },
      ],
    },
  ];
}
