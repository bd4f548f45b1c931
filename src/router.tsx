// The one route table. Each page's code is a lazy chunk; its loader is static
// and tiny (query factories only), so data fetching starts at once, in
// parallel with downloading the page's code.
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { meQueries } from './api/queries/me';
import { siteQueries } from './api/queries/site';
import { prefetch } from './api/query-client';
import { categoriesLoader } from './pages/categories/categories-loader';
import { categoryLoader } from './pages/categories/category-loader';
import { categorySlugsLoader } from './pages/categories/category-slugs-loader';
import { compareLoader } from './pages/compare/compare-loader';
import { cratesLoader } from './pages/crates/crates-loader';
import { FirstPagePlaceholder } from './pages/first-page-placeholder';
import { homeLoader } from './pages/home/home-loader';
import { keywordLoader } from './pages/keywords/keyword-loader';
import { keywordsLoader } from './pages/keywords/keywords-loader';
import { NotFoundPage, loader as notFoundLoader } from './pages/not-found-page';
import { RootLayout } from './pages/root-layout';
import { RouteError } from './pages/route-error';
import { searchLoader } from './pages/search/search-loader';
import { teamLoader } from './pages/users/team-loader';
import { userLoader } from './pages/users/user-loader';
import { accountRoutes } from './routes/account-routes';
import { crateRoutes } from './routes/crate-routes';
import { createDataStrategy } from './routes/first-load-strategy';
import { policyRoutes } from './routes/policy-routes';

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      // Rendered when the root itself fails: keep the header so the user can move on.
      errorElement: <RouteError withLayout />,
      // The first page of a visit waits for its loader: show progress meanwhile.
      hydrateFallbackElement: (
        <RootLayout pending>
          <FirstPagePlaceholder />
        </RootLayout>
      ),
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
            {
              path: 'crates',
              loader: cratesLoader(queryClient),
              lazy: () => import('./pages/crates/crates-page'),
            },
            {
              path: 'compare',
              loader: compareLoader(queryClient),
              lazy: () => import('./pages/compare/compare-page'),
            },
            {
              path: 'categories',
              loader: categoriesLoader(queryClient),
              lazy: () => import('./pages/categories/categories-page'),
            },
            {
              path: 'categories/:slug',
              loader: categoryLoader(queryClient),
              lazy: () => import('./pages/categories/category-page'),
            },
            {
              path: 'category_slugs',
              loader: categorySlugsLoader(queryClient),
              lazy: () => import('./pages/categories/category-slugs-page'),
            },
            {
              path: 'keywords',
              loader: keywordsLoader(queryClient),
              lazy: () => import('./pages/keywords/keywords-page'),
            },
            {
              path: 'keywords/:keyword',
              loader: keywordLoader(queryClient),
              lazy: () => import('./pages/keywords/keyword-page'),
            },
            {
              path: 'users/:login',
              loader: userLoader(queryClient),
              lazy: () => import('./pages/users/user-page'),
            },
            {
              path: 'teams/:team',
              loader: teamLoader(queryClient),
              lazy: () => import('./pages/users/team-page'),
            },
            ...crateRoutes(queryClient),
            ...accountRoutes(queryClient),
            ...policyRoutes(),
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

export type AppRouter = ReturnType<typeof createAppRouter>;

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(createRoutes(queryClient), { dataStrategy: createDataStrategy() });
}
