// The nginx configuration (deploy/nginx) must follow the app: every route the router
// knows is served with status 200, and every inline script of index.html is allowed
// by the CSP's hashes (anything else would be blocked in production).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../src/router';

const read = (file: string) => readFileSync(resolve(import.meta.dirname, '..', file), 'utf8');

/** The regex of the location after the `# app-routes` marker in site.conf. */
function appRoutesPattern(): RegExp {
  const match = /# app-routes\n\s*location ~ (\S+) \{/.exec(read('deploy/nginx/site.conf'));
  if (!match?.[1]) throw new Error('site.conf: no `# app-routes` location');
  return new RegExp(match[1]);
}

/** Every concrete path of the route table, with `x` for each parameter. */
function routePaths(routes: RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const path = route.path === undefined ? parent : `${parent}/${route.path}`.replace(/\/+/g, '/');
    const own = route.path === '*' ? [] : [path.replace(/:\w+/g, 'x') || '/'];
    return [...own, ...routePaths(route.children ?? [], path)];
  });
}

describe('deploy/nginx', () => {
  it('serves every route of the app with status 200, and only those', () => {
    const pattern = appRoutesPattern();
    const paths = [...new Set(routePaths(createRoutes(new QueryClient())))];
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((path) => !pattern.test(path))).toEqual([]);
    expect(
      ['/no/such/page', '/crate/serde', '/favicon.ico'].filter((p) => pattern.test(p)),
    ).toEqual([]);
  });

  it("allows index.html's inline scripts by hash, and nothing inline otherwise", () => {
    const csp = /Content-Security-Policy "([^"]+)"/.exec(
      read('deploy/nginx/security-headers.conf'),
    )?.[1];
    const scriptSrc = csp?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    const inline = [...read('index.html').matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, body]) =>
        `'sha256-${createHash('sha256')
          .update(body ?? '')
          .digest('base64')}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    for (const hash of inline) expect(scriptSrc).toContain(hash);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
