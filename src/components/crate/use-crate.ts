import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';

/** The crate of the current route (its loader made sure it is cached). */
export function useCrate() {
  const { name = '' } = useParams();
  const { data } = useSuspenseQuery(crateQueries.detail(name));
  return data;
}

/** The version the current route shows: the URL's, or the crate's default. */
export function useSelectedVersion() {
  const { name = '', version } = useParams();
  const { crate } = useCrate();
  const num = version ?? crate.default_version ?? crate.max_version;
  const { data } = useSuspenseQuery(crateQueries.version(name, num));
  return { version: data.version, isDefault: version === undefined };
}
