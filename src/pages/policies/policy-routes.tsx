import { type RouteObject, redirect } from 'react-router';
import { paths } from '@/lib/paths';
import { redirectRoute } from '@/lib/redirect-route';

/** Policy and help pages at crates.io's URLs: static text, each its own small chunk. */
export function policyRoutes(): RouteObject[] {
  return [
    { path: 'policies', lazy: () => import('./policies-page') },
    { path: 'policies/security', lazy: () => import('./security-policy-page') },
    { path: 'data-access', lazy: () => import('./data-access-page') },
    { path: 'docs/rate-limits', lazy: () => import('./rate-limits-page') },
    { path: 'docs/trusted-publishing', lazy: () => import('./trusted-publishing-page') },
    { path: 'support', lazy: () => import('./support-page') },
    redirectRoute({ path: 'security', loader: () => redirect(paths.securityPolicy()) }),
    redirectRoute({ path: 'install', loader: () => redirect(paths.installCargo()) }),
  ];
}
