// Route paths and the URL builders in lib/paths must not drift apart: every
// builder lands on a route of the real table (not the catch-all), and every
// route with a page is reachable through a builder.
import { QueryClient } from '@tanstack/react-query';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { paths } from '@/lib/paths';
import { createRoutes } from '@/router';
import { leafPattern, routePatterns } from '@/test/route-patterns';

const routes = createRoutes(new QueryClient());

/** One URL per builder; the Record type makes a new builder need a line here. */
const samples: Record<keyof typeof paths, string | string[]> = {
  home: paths.home(),
  search: paths.search({ q: 'serde', page: 2 }),
  crates: paths.crates({ letter: 'S' }),
  crate: paths.crate('serde'),
  crateVersion: paths.crateVersion('serde', '1.0.0'),
  crateVersions: paths.crateVersions('serde', { sort: 'semver' }),
  crateDependencies: paths.crateDependencies('serde', '1.0.0'),
  crateDependents: paths.crateDependents('serde', { page: 2 }),
  crateFeatures: [
    paths.crateFeatures('serde'),
    paths.crateFeatures('serde', '1.0.0', { features: 'derive' }),
  ],
  crateCode: [paths.crateCode('serde'), paths.crateCode('serde', '1.0.0', 'src/de/mod.rs')],
  crateSecurity: paths.crateSecurity('serde'),
  crateCompare: [
    paths.crateCompare('serde', '1.0.0', '1.0.1'),
    paths.crateCompare('serde', 'previous', '1.0.1'),
  ],
  compare: [paths.compare(['serde', 'tokio']), paths.compare([])],
  crateRange: paths.crateRange('serde', '^1.0'),
  crateSettings: paths.crateSettings('serde'),
  crateNewTrustedPublisher: paths.crateNewTrustedPublisher('serde'),
  crateDelete: paths.crateDelete('serde'),
  crateRebuildDocs: paths.crateRebuildDocs('serde', '1.0.0'),
  categories: paths.categories(),
  category: paths.category('science::math'),
  categorySlugs: paths.categorySlugs(),
  keywords: paths.keywords(),
  keyword: paths.keyword('json'),
  user: paths.user('ferris-demo'),
  team: paths.team('github:rust-lang:core'),
  dashboard: paths.dashboard(),
  following: paths.following(),
  pendingInvites: paths.pendingInvites(),
  profileSettings: paths.profileSettings(),
  tokens: paths.tokens(),
  securitySettings: [paths.securitySettings(), paths.securitySettings('token-3')],
  // Its page is being built in parallel; swap in paths.compareCrates() with its route.
  compareCrates: 'external',
  newToken: paths.newToken(3),
  loginCallback: paths.loginCallback(),
  policies: paths.policies(),
  securityPolicy: paths.securityPolicy(),
  dataAccess: paths.dataAccess(),
  rateLimits: paths.rateLimits(),
  trustedPublishingDocs: paths.trustedPublishingDocs(),
  support: paths.support({ inquire: 'crate-violation', crate: 'serde' }),
  installCargo: 'external',
  docsRs: 'external',
  playground: 'external',
  rustsecAdvisory: 'external',
  cve: 'external',
  ghsa: 'external',
  cvssCalculator: 'external',
};

describe('paths and routes', () => {
  const builders = Object.entries(samples)
    .flatMap(([key, urls]) => [urls].flat().map((url) => [key, url] as const))
    .filter(([, url]) => url !== 'external');

  it.each(builders)('paths.%s lands on a route of the table', (_key, url) => {
    const matches = matchRoutes(routes, url) ?? [];
    expect(matches.at(-1)?.route.path).not.toBe('*');
    expect(matches.length).toBeGreaterThan(0);
  });

  it('every route a link can point to has a builder', () => {
    // Old crates.io addresses that only redirect, pages only e-mails link to, and the catch-all.
    const redirectsOnly = [
      '/me',
      '/me/crates',
      '/crates/:name/dependencies',
      '/crates/:name/docs',
      '/crates/:name/repo',
      '/crates/:name/owners',
      '/settings',
      '/confirm/:token',
      '/accept-invite/:token',
      '/security',
      '/install',
      '/*',
    ];
    const built = new Set(builders.map(([, url]) => leafPattern(routes, url)));
    const missing = [...new Set(routePatterns(routes))]
      .filter((p) => !redirectsOnly.includes(p))
      .filter((p) => !built.has(p));
    expect(missing).toEqual([]);
  });
});
