// The one route table. Each page's code is a lazy chunk; its loader is static
// and tiny (query factories only), so data fetching starts at once, in
// parallel with downloading the page's code.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { meQueries } from './api/queries/me';
import { siteQueries } from './api/queries/site';
import { prefetch } from './api/query-client';
import { crateRoutes } from './pages/crate/crate-routes';
import { homeLoader } from './pages/home/home-loader';
import { NotFoundPage, loader as notFoundLoader } from './pages/not-found-page';
import { RootLayout } from './pages/root-layout';
import { RouteError } from './pages/route-error';
import { searchLoader } from './pages/search/search-loader';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      // Rendered when the root itself fails: keep the header so the user can move on.
      errorElement: <RouteError withLayout />,
      HydrateFallback: RootLayout,
      loader: () => {
        prefetch(queryClient, siteQueries.metadata());
        prefetch(queryClient, meQueries.session());
        return null;
      },
      children: [
        {
          errorElement: <RouteError />,
          children: [
            {
              index: true,
              loader: homeLoader(queryClient),
              lazy: () => import('./pages/home/home-page'),
            },
            {
              path: 'search',
              loader: searchLoader(queryClient),
              lazy: () => import('./pages/search/search-page'),
            },
            ...crateRoutes(queryClient),
            {
              path: 'github-redirect.html',
              lazy: () => import('./pages/account/login-callback-page'),
            },
            { path: '*', loader: notFoundLoader, Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient));
}
