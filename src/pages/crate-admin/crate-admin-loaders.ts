// Owner-only crate pages: logged out -> "log in"; not an owner -> "only owners".
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { crateAdminQueries, meQueries } from '@/api/queries/me';
import { ensure, prefetch } from '@/api/query-client';
import { deletionBlockers } from '@/lib/crate-deletion';
import { loadCrate, loadVersion, requireSession } from '@/lib/loaders';
import { PageError, toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';

export async function requireOwner(queryClient: QueryClient, name: string) {
  // Started with the session and the crate, but its failure reported after theirs
  // (logged out says "log in", a missing crate "not found").
  const owners = ensure(queryClient, crateQueries.owners(name));
  owners.catch(() => {});
  const [{ user }, { crate }] = await Promise.all([
    requireSession(queryClient),
    loadCrate(queryClient, name),
  ]);
  const { users } = await owners.catch(
    toPageError({
      notFound: `Crate "${name}" not found`,
      failed: `${name}: Failed to load the owners`,
    }),
  );
  if (!users.some((o) => o.kind === 'user' && o.login === user.login)) {
    throw new PageError('forbidden', 'This page is only accessible by crate owners', null, {
      link: { label: `Back to ${crate.name}`, to: paths.crate(crate.name) },
    });
  }
  return { user, crate };
}

const nameOf = (args: LoaderFunctionArgs) => args.params.name ?? '';

export const settingsLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  await requireOwner(queryClient, name);
  prefetch(queryClient, crateAdminQueries.invitations(name));
  prefetch(queryClient, crateAdminQueries.githubConfigs(name));
  prefetch(queryClient, crateAdminQueries.gitlabConfigs(name));
  return null;
};

/**
 * The delete page: the crate's name, and what would make the registry refuse
 * (checked again by the registry itself), so the page can say so up front.
 */
export const deleteCrateLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const [{ crate }, owners, dependents] = await Promise.all([
    requireOwner(queryClient, name),
    ensure(queryClient, crateQueries.owners(name)),
    ensure(queryClient, crateQueries.reverseDependencies(name)).catch(() => null),
  ]);
  const blockers = deletionBlockers({
    createdAt: crate.created_at,
    now: new Date(),
    owners: owners.users.length,
    downloads: crate.downloads,
    dependents: dependents?.meta.total ?? 0,
  });
  return { crateName: crate.name, blockers };
};

/** The new-publisher page ends by offering to revoke tokens limited to the crate: they load meanwhile. */
export const newTrustedPublisherLoader =
  (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
    const { crate } = await requireOwner(queryClient, nameOf(args));
    prefetch(queryClient, meQueries.tokens());
    return { crateName: crate.name };
  };

export const rebuildDocsLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  // The version loads alongside the owner check; "log in" and "only owners" still come first.
  const version = loadVersion(queryClient, name, args.params.version);
  version.catch(() => {});
  await requireOwner(queryClient, name);
  await version;
  return null;
};

/** The legacy `/crates/:name/owners` URL. */
export const ownersRedirectLoader = () => (args: LoaderFunctionArgs) =>
  redirect(paths.crateSettings(nameOf(args)));
