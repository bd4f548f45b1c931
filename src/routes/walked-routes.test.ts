// Every page of the route table is in e2e/routes.ts, the list the layout-shift
// and accessibility walks open: a route added without a URL there fails here.
import { QueryClient } from '@tanstack/react-query';
import { matchRoutes, type RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '@/router';
import { routeGroups } from '../../e2e/routes';

const routes = createRoutes(new QueryClient());

function patterns(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const here = route.path ? `${parent}/${route.path}`.replace('//', '/') : parent || '/';
    const own = route.path || route.index ? [here] : [];
    return [...own, ...patterns(route.children ?? [], here)];
  });
}

function leafPattern(url: string): string | null {
  const matches = matchRoutes(routes, new URL(url, 'http://x').pathname);
  if (!matches) return null;
  return `/${matches
    .map((m) => m.route.path)
    .filter(Boolean)
    .join('/')}`;
}

describe('walked routes', () => {
  it('every page of the route table is walked', () => {
    // Addresses that only redirect (their targets are walked), and GitHub's OAuth
    // callback, which is never a page to look at (it moves on at once). The
    // catch-all is walked as /no/such/page.
    const notPages = [
      '/me',
      '/me/crates',
      '/settings',
      '/security',
      '/install',
      '/crates/:name/dependencies',
      '/crates/:name/range/:range',
      '/crates/:name/docs',
      '/crates/:name/repo',
      '/crates/:name/owners',
      '/crates/:name/code',
      '/crates/:name/:version/code',
      '/github-redirect.html',
    ];
    const walked = new Set(routeGroups.flatMap((g) => g.routes.map(([url]) => leafPattern(url))));
    const missing = [...new Set(patterns(routes))]
      .filter((p) => !notPages.includes(p))
      .filter((p) => !walked.has(p));
    expect(missing).toEqual([]);
  });
});
