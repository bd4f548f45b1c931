import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import { lazyLoader } from '@/lib/lazy-loader';
import { redirectRoute } from '@/lib/redirect-route';
import { unlessOnlySearchChanged } from '@/lib/should-revalidate';
import {
  compareLoader,
  crateLayoutLoader,
  dependenciesLoader,
  dependentsLoader,
  featuresLoader,
  overviewLoader,
  securityLoader,
  versionsLoader,
} from '@/pages/crate/crate-loaders';
import { RouteError } from '@/pages/route-error';
import { adminLoader, crateAdminRoutes } from './crate-admin-routes';

type RedirectLoaders = typeof import('@/pages/crate/crate-redirect-loaders');

/** The crate pages, as on crates.io: /crates/:name and its tabs. */
export function crateRoutes(queryClient: QueryClient): RouteObject[] {
  // A failing tab keeps the crate's header and tabs around it.
  const tab = (route: RouteObject): RouteObject => ({ ...route, errorElement: <RouteError /> });
  const redirecting = (pick: (loaders: RedirectLoaders) => LoaderFunction) =>
    lazyLoader(() => import('@/pages/crate/crate-redirect-loaders').then(pick));
  const codeLoader = lazyLoader(() =>
    import('@/pages/crate/crate-code-loader').then((m) => m.codeLoader(queryClient)),
  );
  return [
    redirectRoute({
      path: 'crates/:name/range/:range',
      loader: redirecting((m) => m.rangeLoader(queryClient)),
    }),
    redirectRoute({
      path: 'crates/:name/docs',
      loader: redirecting((m) => m.externalLinkLoader(queryClient, 'docs')),
    }),
    redirectRoute({
      path: 'crates/:name/repo',
      loader: redirecting((m) => m.externalLinkLoader(queryClient, 'repo')),
    }),
    redirectRoute({
      path: 'crates/:name/dependencies',
      loader: redirecting((m) => m.dependenciesRedirectLoader(queryClient)),
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
          loader: codeLoader,
          lazy: () => import('@/pages/crate/crate-code-page'),
        }),
        tab({
          path: ':version/code/*',
          loader: codeLoader,
          lazy: () => import('@/pages/crate/crate-code-page'),
        }),
        tab({
          path: 'security',
          loader: securityLoader(queryClient),
          lazy: () => import('@/pages/crate/crate-security-page'),
        }),
        tab({
          path: 'settings',
          loader: adminLoader((m) => m.settingsLoader(queryClient)),
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
