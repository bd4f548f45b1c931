import { type RouteObject, redirect } from 'react-router';
import { paths } from '@/lib/paths';
import { redirectRoute } from '@/lib/redirect-route';

/** Policy and help pages at crates.io's URLs: static text, each its own small chunk. */
export function policyRoutes(): RouteObject[] {
  return [
    { path: 'policies', lazy: () => import('@/pages/policies/policies-page') },
    { path: 'policies/security', lazy: () => import('@/pages/policies/security-policy-page') },
    { path: 'data-access', lazy: () => import('@/pages/policies/data-access-page') },
    { path: 'docs/rate-limits', lazy: () => import('@/pages/policies/rate-limits-page') },
    {
      path: 'docs/trusted-publishing',
      lazy: () => import('@/pages/policies/trusted-publishing-page'),
    },
    { path: 'support', lazy: () => import('@/pages/policies/support-page') },
    redirectRoute({ path: 'security', loader: () => redirect(paths.securityPolicy()) }),
    redirectRoute({ path: 'install', loader: () => redirect(paths.installCargo()) }),
  ];
}
