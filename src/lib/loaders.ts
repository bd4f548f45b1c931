// Steps that loaders of several page areas share: the session, the crate and
// the version a crate route shows. Each maps failures to the page error shown.
import type { QueryClient } from '@tanstack/react-query';
import { crateQueries } from '@/api/queries/crates';
import { meQueries } from '@/api/queries/me';
import { ensure } from '@/api/query-client';
import type { Version } from '@/api/types';
import { PageError, toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';

/** The session of a logged-in page; without one, "log in to see this page". */
export async function requireSession(queryClient: QueryClient) {
  const session = await ensure(queryClient, meQueries.session()).catch(
    toPageError({ notFound: 'Account not found', failed: 'Failed to load your account' }),
  );
  if (!session) {
    throw new PageError(
      'login',
      'Log in to see this page',
      'This page shows your own account, so it needs you to log in.',
    );
  }
  return session;
}

/** Every crate route needs the crate itself; a missing one is "Crate "x" not found". */
export const loadCrate = (queryClient: QueryClient, name: string) =>
  ensure(queryClient, crateQueries.detail(name)).catch(
    toPageError({
      notFound: `Crate "${name}" not found`,
      failed: `${name}: Failed to load crate data`,
    }),
  );

/**
 * The version a crate page shows: the one in the URL, or the default version.
 * The default one usually comes with the crate (include=default_version), so
 * it is put in the version's cache entry instead of being fetched again.
 */
export async function loadVersion(
  queryClient: QueryClient,
  name: string,
  requested: string | undefined,
): Promise<Version> {
  const { crate, versions } = await loadCrate(queryClient, name);
  const num = requested ?? crate.default_version ?? crate.max_version;
  const known = versions?.find((v) => v.num === num);
  if (known) {
    queryClient.setQueryData(crateQueries.version(name, num).queryKey, { version: known });
    return known;
  }
  const { version } = await ensure(queryClient, crateQueries.version(name, num)).catch(
    toPageError({
      notFound: `${crate.name}: Version ${num} not found`,
      failed: `${crate.name}: Failed to load version ${num}`,
      link: { label: `See all versions of ${crate.name}`, to: paths.crateVersions(crate.name) },
    }),
  );
  return version;
}
