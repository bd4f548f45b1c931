import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { redirectRoute } from '@/lib/redirect-route';
import { settingsLoader } from '../crate-admin/crate-admin-loaders';
import { crateAdminRoutes } from '../crate-admin/crate-admin-routes';
import { RouteError } from '../route-error';
import {
  crateLayoutLoader,
  dependenciesLoader,
  dependenciesRedirectLoader,
  dependentsLoader,
  externalLinkLoader,
  featuresLoader,
  overviewLoader,
  rangeLoader,
  versionsLoader,
} from './crate-loaders';

/** The crate pages, as on crates.io: /crates/:name and its tabs. */
export function crateRoutes(queryClient: QueryClient): RouteObject[] {
  // A failing tab keeps the crate's header and tabs around it.
  const tab = (route: RouteObject): RouteObject => ({ ...route, errorElement: <RouteError /> });
  return [
    redirectRoute({ path: 'crates/:name/range/:range', loader: rangeLoader(queryClient) }),
    redirectRoute({ path: 'crates/:name/docs', loader: externalLinkLoader(queryClient, 'docs') }),
    redirectRoute({ path: 'crates/:name/repo', loader: externalLinkLoader(queryClient, 'repo') }),
    redirectRoute({
      path: 'crates/:name/dependencies',
      loader: dependenciesRedirectLoader(queryClient),
    }),
    ...crateAdminRoutes(queryClient),
    {
      path: 'crates/:name',
      loader: crateLayoutLoader(queryClient),
      lazy: () => import('./crate-layout'),
      children: [
        tab({
          index: true,
          loader: overviewLoader(queryClient),
          lazy: () => import('./crate-overview-page'),
        }),
        tab({
          path: 'versions',
          loader: versionsLoader(queryClient),
          lazy: () => import('./crate-versions-page'),
        }),
        tab({
          path: 'reverse_dependencies',
          loader: dependentsLoader(queryClient),
          lazy: () => import('./crate-dependents-page'),
        }),
        tab({
          path: 'features',
          loader: featuresLoader(queryClient),
          lazy: () => import('./crate-features-page'),
        }),
        tab({
          path: 'settings',
          loader: settingsLoader(queryClient),
          lazy: () => import('../crate-admin/crate-settings-page'),
        }),
        tab({
          path: ':version',
          loader: overviewLoader(queryClient),
          lazy: () => import('./crate-overview-page'),
        }),
        tab({
          path: ':version/dependencies',
          loader: dependenciesLoader(queryClient),
          lazy: () => import('./crate-dependencies-page'),
        }),
        tab({
          path: ':version/features',
          loader: featuresLoader(queryClient),
          lazy: () => import('./crate-features-page'),
        }),
      ],
    },
  ];
}
