import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { redirectRoute } from '@/lib/redirect-route';
import {
  deleteCrateLoader,
  newTrustedPublisherLoader,
  ownersRedirectLoader,
  rebuildDocsLoader,
} from '@/pages/crate-admin/crate-admin-loaders';

/** Owner pages that stand on their own (no crate header), as on crates.io. */
export function crateAdminRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    redirectRoute({ path: 'crates/:name/owners', loader: ownersRedirectLoader() }),
    {
      path: 'crates/:name/settings/new-trusted-publisher',
      loader: newTrustedPublisherLoader(queryClient),
      lazy: () => import('@/pages/crate-admin/new-trusted-publisher-page'),
    },
    {
      path: 'crates/:name/delete',
      loader: deleteCrateLoader(queryClient),
      lazy: () => import('@/pages/crate-admin/delete-crate-page'),
    },
    {
      path: 'crates/:name/:version/rebuild-docs',
      loader: rebuildDocsLoader(queryClient),
      lazy: () => import('@/pages/crate-admin/rebuild-docs-page'),
    },
  ];
}
