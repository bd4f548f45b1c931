// What a first visit can start before the app's script has even downloaded: index.html's
// inline early script (public-free, allowed by its CSP hash) reads this table, built into the
// page by vite.config.ts, and for the route being opened
// - adds `modulepreload` links for the route's code (so it downloads with the entry chunk,
//   not after it has run), and
// - starts the API requests that need nothing but the URL; the app's client takes their
//   answers instead of asking again (src/api/early-requests.ts).
// Each URL must be exactly the one the app's query builds: e2e/loader-requests.spec.ts fails
// when an early request goes unused. Data only: vite.config.ts imports this file.

export interface EarlyRoute {
  /** Path pattern: literal segments and `:param`s (checked against EARLY_PARAMS). */
  path: string;
  /** Source files of the route's lazy code, as the route table imports them. */
  modules: string[];
  /**
   * API requests (paths on this origin, or https URLs of other sites, asked without
   * credentials), with `:param`s from the path and `{key}` from the query string. A route
   * whose URL has a query parameter no request names starts none (the app may read it).
   */
  api: string[];
  /**
   * Also start the README, two hops on (its address, then the file): the version is the
   * path's `:version`, or else the default version in the answer to the route's first API
   * request, the crate (the app's choice: src/lib/loaders.ts loadVersion).
   */
  readme?: boolean;
}

/**
 * What a path or query parameter must look like for its requests to be worth starting:
 * the app's URL must come out the same. A search (`q`) is sent as typed only when it has
 * no `keyword:`/`category:` filters and nothing the app would tidy (src/lib/search-query.ts).
 */
export const EARLY_PARAMS: Record<string, string> = {
  name: '^[A-Za-z0-9_-]{1,64}$',
  version: '^\\d+\\.\\d+\\.\\d+[0-9A-Za-z.+-]*$',
  user: '^[A-Za-z0-9_-]{1,64}$',
  q: '^[^\\s:]+( [^\\s:]+)*$',
};

/** Requests every page makes (the root route's loader). */
export const EARLY_EVERYWHERE = ['/api/v1/site_metadata'];

const crate = '/api/v1/crates/:name?include=keywords%2Ccategories%2Cdownloads%2Cdefault_version';
/** RustSec's advisories, for the crate pages' unmaintained banner (src/api/advisories.ts). */
const advisories = 'https://rustsec.org/packages/:name.json';
const layout = 'src/pages/crate/crate-layout.tsx';
const overview = 'src/pages/crate/crate-overview-page.tsx';

/** First match wins. */
export const EARLY_ROUTES: EarlyRoute[] = [
  { path: '/', modules: ['src/pages/home/home-page.tsx'], api: ['/api/v1/summary'] },
  {
    path: '/search',
    modules: ['src/pages/search/search-page.tsx'],
    api: ['/api/v1/crates?q={q}&per_page=10&sort=relevance'],
  },
  {
    path: '/crates',
    modules: ['src/pages/crates/crates-page.tsx'],
    api: ['/api/v1/crates?sort=recent-downloads&per_page=50'],
  },
  {
    path: '/crates/:name/versions',
    modules: [layout, 'src/pages/crate/crate-versions-page.tsx'],
    // Not the list itself: 100 versions are a large answer that would share the phone's
    // bandwidth with the entry chunk (measured: FCP and LCP later).
    api: [crate, advisories],
  },
  {
    path: '/crates/:name/:version',
    modules: [layout, overview],
    api: [crate, advisories, '/api/v1/crates/:name/owners'],
    readme: true,
  },
  {
    path: '/crates/:name',
    modules: [layout, overview],
    // Not the downloads: their chart is below the first screen, and 90 days by version are
    // a large answer sharing the phone's bandwidth with the entry (measured: LCP later).
    api: [crate, advisories, '/api/v1/crates/:name/owners'],
    // The README is the first screen's largest paint: three hops after the entry otherwise.
    readme: true,
  },
  {
    path: '/categories',
    modules: ['src/pages/categories/categories-page.tsx'],
    api: ['/api/v1/categories?sort=alpha&per_page=100'],
  },
  {
    path: '/keywords',
    modules: ['src/pages/keywords/keywords-page.tsx'],
    api: ['/api/v1/keywords?sort=crates&per_page=10'],
  },
  {
    path: '/users/:user',
    modules: ['src/pages/users/user-page.tsx'],
    api: ['/api/v1/users/:user'],
  },
];
