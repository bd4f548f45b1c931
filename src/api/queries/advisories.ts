import { queryOptions } from '@tanstack/react-query';
import { fetchAdvisories } from '../advisories';

export const advisoryQueries = {
  /**
   * The crate's RustSec advisories, as published (withdrawn ones included: the
   * page decides). Shared by the Security tab and the unmaintained banner.
   */
  forCrate: (name: string) =>
    queryOptions({
      // RustSec files advisories under the crate's exact name, so the key is that name.
      queryKey: ['advisories', name] as const,
      queryFn: ({ signal }) => fetchAdvisories(name, signal),
      staleTime: 60 * 60_000,
      // Another site: one try, with its own timeout; the tab offers a retry.
      retry: false,
    }),
};
