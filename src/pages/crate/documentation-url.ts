import { paths } from '@/lib/paths';

/**
 * The sidebar's documentation link, as crates.io chooses it: a declared URL
 * elsewhere than docs.rs as it is; else docs.rs when its build succeeded; else
 * the declared URL, or none. `docsBuilt` is undefined while docs.rs has not answered.
 */
export function documentationUrl(
  declared: string | null | undefined,
  name: string,
  version: string,
  docsBuilt: boolean | undefined,
): string | null {
  if (declared && !/^https?:\/\/docs\.rs\//.test(declared)) return declared;
  if (docsBuilt) return paths.docsRs(name, version);
  return declared ?? null;
}
