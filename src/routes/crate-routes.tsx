import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { redirectRoute } from '@/lib/redirect-route';
import { unlessOnlySearchChanged } from '@/lib/should-revalidate';
import {
  codeLoader,
  compareLoader,
  crateLayoutLoader,
  dependenciesLoader,
  dependenciesRedirectLoader,
  dependentsLoader,
  externalLinkLoader,
  featuresLoader,
  overviewLoader,
  rangeLoader,
  securityLoader,
  versionsLoader,
} from '@/pages/crate/crate-loaders';
import { settingsLoader } from '@/pages/crate-admin/crate-admin-loaders';
import { RouteError } from '@/pages/route-error';
import { crateAdminRoutes } from './crate-admin-routes';

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
      shouldRevalidate: unlessOnlySearchChanged,
      lazy: () => import('@/pages/crate/crate-layout'),
      children: [
        tab({
          index: true,
          loader: overviewLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-overview-page'),
        }),
        tab({
          path: 'versions',
          loader: versionsLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-versions-page'),
        }),
        tab({
          path: 'reverse_dependencies',
          loader: dependentsLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-dependents-page'),
        }),
        tab({
          path: 'compare/:from/:to',
          loader: compareLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-compare-page'),
        }),
        tab({
          path: 'features',
          loader: featuresLoader(queryClient),
          shouldRevalidate: unlessOnlySearchChanged,
          lazy: () => import('@/pages/crate/crate-features-page'),
        }),
        tab({
          path: 'code/*',
          loader: codeLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-code-page'),
        }),
        tab({
          path: ':version/code/*',
          loader: codeLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-code-page'),
        }),
        tab({
          path: 'security',
          loader: securityLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-security-page'),
        }),
        tab({
          path: 'settings',
          loader: settingsLoader(queryClient),
          lazy: () => import('@/pages/crate-admin/crate-settings-page'),
        }),
        tab({
          path: ':version',
          loader: overviewLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-overview-page'),
        }),
        tab({
          path: ':version/dependencies',
          loader: dependenciesLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-dependencies-page'),
        }),
        tab({
          path: ':version/features',
          loader: featuresLoader(queryClient),
          shouldRevalidate: unlessOnlySearchChanged,
          lazy: () => import('@/pages/crate/crate-features-page'),
        }),
      ],
    },
  ];
}
