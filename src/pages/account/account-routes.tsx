import type { QueryClient } from '@tanstack/react-query';
import { type RouteObject, redirect } from 'react-router';
import { redirectRoute } from '@/lib/redirect-route';
import {
  dashboardLoader,
  followingLoader,
  invitesLoader,
  meCratesLoader,
  newTokenLoader,
  settingsLoader,
  tokensLoader,
} from './account-loaders';

/** The logged-in user's pages, at crates.io's URLs. */
export function accountRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'dashboard',
      loader: dashboardLoader(queryClient),
      lazy: () => import('./dashboard-page'),
    },
    redirectRoute({ path: 'me', loader: () => redirect('/settings/tokens') }),
    redirectRoute({ path: 'me/crates', loader: meCratesLoader(queryClient) }),
    {
      path: 'me/following',
      loader: followingLoader(queryClient),
      lazy: () => import('./following-page'),
    },
    {
      path: 'me/pending-invites',
      loader: invitesLoader(queryClient),
      lazy: () => import('./invites-page'),
    },
    { path: 'confirm/:token', lazy: () => import('./confirm-email-page') },
    { path: 'accept-invite/:token', lazy: () => import('./accept-invite-page') },
    {
      path: 'settings',
      lazy: () => import('../settings/settings-layout'),
      loader: settingsLoader(queryClient),
      children: [
        redirectRoute({ index: true, loader: () => redirect('/settings/profile') }),
        { path: 'profile', lazy: () => import('../settings/profile-page') },
        {
          path: 'tokens',
          loader: tokensLoader(queryClient),
          lazy: () => import('../settings/tokens-page'),
        },
        {
          path: 'tokens/new',
          loader: newTokenLoader(queryClient),
          lazy: () => import('../settings/new-token-page'),
        },
      ],
    },
  ];
}
