import { matchRoutes, type RouteObject } from 'react-router';

/** Full route patterns of a route table, e.g. "/crates/:name/versions". */
export function routePatterns(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const here = route.path ? `${parent}/${route.path}`.replace('//', '/') : parent || '/';
    const own = route.path || route.index ? [here] : [];
    return [...own, ...routePatterns(route.children ?? [], here)];
  });
}

/** The full pattern of the route a URL lands on, or null when none matches. */
export function leafPattern(routes: RouteObject[], url: string): string | null {
  const matches = matchRoutes(routes, new URL(url, 'http://x').pathname);
  if (!matches) return null;
  return `/${matches
    .map((m) => m.route.path)
    .filter(Boolean)
    .join('/')}`;
}
