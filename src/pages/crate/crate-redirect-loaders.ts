// The crate URLs that only redirect (`/dependencies`, `/range/:range`, `/docs`,
// `/repo`): loaded on demand, as few visits start there.
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { ensure } from '@/api/query-client';
import { loadCrate } from '@/lib/loaders';
import { PageError, toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';
import { nameOf } from './crate-loaders';

/** `/crates/:name/dependencies` goes to the default version's dependencies. */
export const dependenciesRedirectLoader =
  (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
    const { crate } = await loadCrate(queryClient, nameOf(args));
    return redirect(
      paths.crateDependencies(crate.name, crate.default_version ?? crate.max_version),
    );
  };

/** `/crates/:name/range/:range`: the highest version matching a Cargo requirement. */
export const rangeLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const range = args.params.range ?? '';
  // The crate, its versions and semver's code, side by side (semver is only
  // needed here: loaded on demand, not with every page).
  const [{ crate }, { versions }, { resolveRequirement }] = await Promise.all([
    loadCrate(queryClient, name),
    ensure(queryClient, crateQueries.versions(name)).catch(
      toPageError({
        notFound: `Crate "${name}" not found`,
        failed: `${name}: Failed to load versions`,
      }),
    ),
    import('@/lib/cargo-semver'),
  ]);
  const match = resolveRequirement(range, versions);
  if (!match) {
    throw new PageError(
      'not-found',
      `${crate.name}: No matching version found for ${range}`,
      null,
      {
        link: { label: `See all versions of ${crate.name}`, to: paths.crateVersions(crate.name) },
      },
    );
  }
  return redirect(paths.crateVersion(crate.name, match.num));
};

/** `/crates/:name/docs` and `/repo`: off to the crate's documentation or repository. */
export const externalLinkLoader =
  (queryClient: QueryClient, which: 'docs' | 'repo') => async (args: LoaderFunctionArgs) => {
    const { crate } = await loadCrate(queryClient, nameOf(args));
    const target =
      which === 'docs'
        ? (crate.documentation ?? paths.docsRs(crate.name, crate.default_version ?? undefined))
        : crate.repository;
    if (!target) {
      throw new PageError('not-found', `${crate.name} has no repository URL`, null, {
        link: { label: `Back to ${crate.name}`, to: paths.crate(crate.name) },
      });
    }
    return redirect(target);
  };
