// Every page of the route table is in e2e/routes.ts, the list the layout-shift
// and accessibility walks open: a route added without a URL there fails here.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '@/router';
import { leafPattern, routePatterns } from '@/test/route-patterns';
import { routeGroups } from '../../e2e/routes';

const routes = createRoutes(new QueryClient());

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
    const walked = new Set(
      routeGroups.flatMap((g) => g.routes.map(([url]) => leafPattern(routes, url))),
    );
    const missing = [...new Set(routePatterns(routes))]
      .filter((p) => !notPages.includes(p))
      .filter((p) => !walked.has(p));
    expect(missing).toEqual([]);
  });
});
