import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunction, RouteObject } from 'react-router';
import { lazyLoader } from '@/lib/lazy-loader';
import { redirectRoute } from '@/lib/redirect-route';

type AdminLoaders = typeof import('@/pages/crate-admin/crate-admin-loaders');

/** The owner pages' loaders, loaded with them (few visits are an owner's). */
export const adminLoader = (pick: (loaders: AdminLoaders) => LoaderFunction) =>
  lazyLoader(() => import('@/pages/crate-admin/crate-admin-loaders').then(pick));

/** Owner pages that stand on their own (no crate header), as on crates.io. */
export function crateAdminRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    redirectRoute({
      path: 'crates/:name/owners',
      loader: adminLoader((m) => m.ownersRedirectLoader()),
    }),
    {
      path: 'crates/:name/settings/new-trusted-publisher',
      loader: adminLoader((m) => m.newTrustedPublisherLoader(queryClient)),
      lazy: () => import('@/pages/crate-admin/new-trusted-publisher-page'),
    },
    {
      path: 'crates/:name/delete',
      loader: adminLoader((m) => m.deleteCrateLoader(queryClient)),
      lazy: () => import('@/pages/crate-admin/delete-crate-page'),
    },
    {
      path: 'crates/:name/:version/rebuild-docs',
      loader: adminLoader((m) => m.rebuildDocsLoader(queryClient)),
      lazy: () => import('@/pages/crate-admin/rebuild-docs-page'),
    },
  ];
}
