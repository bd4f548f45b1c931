// Loaders of the crate routes. They only start queries; every tab of one crate
// shares the crate's cache entries, so switching tabs refetches nothing. The
// Code tab's and the redirects' loaders have modules of their own, loaded on
// demand (crate-code-loader.ts, crate-redirect-loaders.ts).
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { advisoryQueries } from '@/api/queries/advisories';
import { crateQueries } from '@/api/queries/crates';
import { externalQueries } from '@/api/queries/external';
import { ensure, prefetch } from '@/api/query-client';
import { FULL_LIST_MAX } from '@/lib/adoption-limits';
import { afterFirstPaint } from '@/lib/first-paint';
import { readPage, readVersionsView } from '@/lib/list-params';
import { loadCrate, loadVersion } from '@/lib/loaders';
import { PageError, toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';
import { isVersionNumber } from '@/lib/version-number';

export const nameOf = (args: LoaderFunctionArgs) => args.params.name ?? '';

/** How much longer than the crate the unmaintained banner's advisories may take. */
const BANNER_GRACE_MS = 300;

/** How much longer than the version the README may take to be shown with the page. */
const README_GRACE_MS = 300;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The crate, and RustSec's advisories for the unmaintained banner, fetched side
 * by side. The advisories get as long as the crate takes plus a moment, so a
 * banner is usually there at first paint (no layout shift); a slow or failing
 * rustsec.org never holds the page longer than that, nor fails it.
 */
export const crateLayoutLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  // `/crates/serde/whatever` is an unknown page, not a version called "whatever".
  const { version } = args.params;
  if (version !== undefined && !isVersionNumber(version)) {
    throw new PageError('not-found', 'Page not found');
  }
  const name = nameOf(args);
  const advisories = prefetch(queryClient, advisoryQueries.forCrate(name));
  const { crate } = await loadCrate(queryClient, name);
  if (crate.name !== name) {
    // RustSec knows the crate by its exact name: the URL's spelling was a guess.
    prefetch(queryClient, advisoryQueries.forCrate(crate.name));
  } else {
    await Promise.race([advisories, pause(BANNER_GRACE_MS)]);
  }
  return null;
};

/** The overview (README, sidebar, downloads) of the default or a given version. */
export const overviewLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const requested = args.params.version;
  // What needs only the URL starts before anything is waited for.
  prefetch(queryClient, crateQueries.owners(name));
  // What the first screen does not need (the downloads below the README, other sites'
  // extras, never awaited): on a visit's first page, after its paint. Requested during
  // the first render, they shared a slow link with it, and Lighthouse's LCP waited for
  // them (docs.rs, the Playground and rust-lang.github.io each need a new connection).
  afterFirstPaint(() => {
    if (requested) prefetch(queryClient, crateQueries.versionDownloads(name, requested));
    else prefetch(queryClient, crateQueries.downloads(name));
    prefetch(queryClient, externalQueries.playgroundCrates());
    prefetch(queryClient, externalQueries.stdReplacements());
  });
  const version = await loadVersion(queryClient, name, requested);
  // The README's and docs.rs's addresses need the crate's exact name, not the URL's spelling.
  const readme = prefetch(queryClient, crateQueries.readme(version.crate, version.num));
  afterFirstPaint(() =>
    prefetch(queryClient, externalQueries.docsStatus(version.crate, version.num)),
  );
  // The README is the page's largest paint: when it is about to come (on a first visit
  // index.html asked for it early), the page waits for it rather than rendering and
  // laying out a placeholder first and the README a frame later.
  await Promise.race([readme, pause(README_GRACE_MS)]);
  return null;
};

export const versionsLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const { crate } = await loadCrate(queryClient, name);
  const { sort, timeline } = readVersionsView(new URL(args.request.url).searchParams);
  // Large answers: on the visit's first page, not before its header has painted
  // (and then one per task).
  afterFirstPaint(() => prefetch(queryClient, crateQueries.versionPages(name, sort)));
  // The Adoption section: downloads (shared with the overview) and every version
  // (shared with the timeline), or for thousands of versions the 100 newest.
  afterFirstPaint(() => prefetch(queryClient, crateQueries.downloads(name)));
  if (crate.num_versions <= FULL_LIST_MAX || timeline) {
    afterFirstPaint(() => prefetch(queryClient, crateQueries.versions(name)));
  } else if (sort !== 'date') {
    afterFirstPaint(() => prefetch(queryClient, crateQueries.versionPages(name, 'date')));
  }
  return null;
};

export const dependenciesLoader =
  (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
    const name = nameOf(args);
    prefetch(queryClient, externalQueries.stdReplacements());
    // A version in the URL is all its dependencies need: they need not wait for it.
    if (args.params.version)
      prefetch(queryClient, crateQueries.dependencies(name, args.params.version));
    const version = await loadVersion(queryClient, name, args.params.version);
    // The page is the list: it waits for it rather than showing a skeleton
    // whose height could not match (the sections below it would move).
    const deps = await ensure(queryClient, crateQueries.dependencies(name, version.num)).catch(
      toPageError({
        notFound: `${version.crate}: Version ${version.num} not found`,
        failed: `${version.crate}: Failed to load dependencies`,
      }),
    );
    // The dependency crates' descriptions and newest versions (they need the
    // list's names) are waited for too: how many lines each row takes depends
    // on them, so placeholders could not hold their place at phone width. A
    // failure is not the page's: the page shows it next to the summary.
    await ensure(queryClient, crateQueries.byNames(deps.dependencies.map((d) => d.crate_id))).catch(
      () => null,
    );
    return null;
  };

export const dependentsLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const page = readPage(new URL(args.request.url).searchParams);
  prefetch(queryClient, crateQueries.reverseDependencies(name, page));
  // The split by line sits above the list: waiting for it (never failing the route)
  // means it is there at first paint instead of pushing the list down.
  const sample = prefetch(queryClient, crateQueries.reverseDependenciesSample(name));
  await Promise.all([loadCrate(queryClient, name), sample]);
  return null;
};

/** The Features tab resolves features against the version's optional dependencies. */
export const featuresLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  if (args.params.version)
    prefetch(queryClient, crateQueries.dependencies(name, args.params.version));
  const version = await loadVersion(queryClient, name, args.params.version);
  await ensure(queryClient, crateQueries.dependencies(name, version.num)).catch(
    toPageError({
      notFound: `${version.crate}: Version ${version.num} not found`,
      failed: `${version.crate}: Failed to load the features of ${version.num}`,
    }),
  );
  return null;
};

/** The Security tab: the advisories were started by the layout's loader. */
export const securityLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const { crate } = await loadCrate(queryClient, nameOf(args));
  prefetch(queryClient, advisoryQueries.forCrate(crate.name));
  return null;
};

/**
 * `/crates/:name/compare/:from/:to`. Every version comes from the one versions
 * list (pickers and metadata); `previous` as `from` is resolved here and redirected.
 */
export const compareLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const { from = '', to = '' } = args.params;
  const [{ crate }, { versions }] = await Promise.all([
    loadCrate(queryClient, name),
    ensure(queryClient, crateQueries.versions(name)).catch(
      toPageError({
        notFound: `Crate "${name}" not found`,
        failed: `${name}: Failed to load versions`,
      }),
    ),
  ]);
  const nums = versions.map((v) => v.num);
  if (from === 'previous') {
    // semver is only needed here: loaded on demand, not with every page.
    const { previousVersion } = await import('@/lib/version-diff');
    const previous = nums.includes(to) ? previousVersion(nums, to) : null;
    if (!previous) {
      throw new PageError(
        'not-found',
        nums.includes(to)
          ? `${crate.name} ${to} is the first version: there is nothing before it to compare with`
          : `${crate.name}: Version ${to} not found`,
        null,
        {
          link: { label: `See all versions of ${crate.name}`, to: paths.crateVersions(crate.name) },
        },
      );
    }
    return redirect(paths.crateCompare(crate.name, previous, to));
  }
  for (const num of new Set([from, to])) {
    if (nums.includes(num)) prefetch(queryClient, crateQueries.dependencies(name, num));
  }
  return null;
};
