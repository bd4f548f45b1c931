// How current a dependency requirement is, from the dependency crate's newest
// stable release alone (crates.io's `max_stable_version`): no version lists.
import { gt, minVersion, parse, type SemVer, satisfies } from 'semver';
import { toSemverRange } from './cargo-semver';
import { releaseTrackOf } from './release-tracks';

export type Freshness =
  /** The newest stable release matches the requirement. */
  | { status: 'up-to-date'; newest: string; prerelease: boolean }
  /** A newer, semver-compatible release exists outside the requirement (`~1.2` and 1.5.0). */
  | { status: 'behind-minor'; newest: string }
  /** The newest release is on a later breaking line; `zeroMinor` when that is 0.x to 0.y. */
  | { status: 'behind-major'; newest: string; zeroMinor: boolean }
  /** The crate has no stable release, the requirement cannot be read, or the crate is unknown. */
  | { status: 'unknown'; newest: string | null };

/** Cargo's compatibility line of a version, pre-release or not: "1.x", "0.4", "0.0.3". */
const lineOf = (v: SemVer) => releaseTrackOf(`${v.major}.${v.minor}.${v.patch}`);

/**
 * Classifies a requirement against the newest stable release of its crate.
 * Pre-releases and yanked versions never count as newest (`max_stable_version`
 * already excludes them); a requirement that asks for a pre-release newer than
 * every stable release is up to date.
 */
export function classifyFreshness(requirement: string, newestStable: string | null): Freshness {
  const range = toSemverRange(requirement);
  const newest = newestStable && parse(newestStable) ? newestStable : null;
  if (!range || !newest) return { status: 'unknown', newest };
  const floor = minVersion(range);
  if (satisfies(newest, range)) return { status: 'up-to-date', newest, prerelease: false };
  if (floor && gt(floor, newest)) {
    return { status: 'up-to-date', newest, prerelease: (floor.prerelease.length ?? 0) > 0 };
  }
  const latest = parse(newest) as SemVer;
  if (floor && lineOf(floor) === lineOf(latest)) return { status: 'behind-minor', newest };
  return { status: 'behind-major', newest, zeroMinor: latest.major === 0 };
}

export const FRESHNESS_LABELS: Record<Freshness['status'], string> = {
  'up-to-date': 'up to date',
  'behind-minor': 'behind a minor',
  'behind-major': 'behind a major',
  unknown: 'unknown',
};

/** "2 of 4 dependencies are behind a major version" and its minor counterpart. */
export function freshnessSummary(statuses: Freshness['status'][]): string {
  const total = statuses.length;
  const major = statuses.filter((s) => s === 'behind-major').length;
  const minor = statuses.filter((s) => s === 'behind-minor').length;
  const noun = total === 1 ? 'dependency' : 'dependencies';
  if (major === 0 && minor === 0) {
    const current = statuses.filter((s) => s === 'up-to-date').length;
    if (current === total)
      return total === 1
        ? 'The dependency is up to date'
        : `All ${total} dependencies are up to date`;
    return `${current} of ${total} ${noun} ${current === 1 ? 'is' : 'are'} up to date`;
  }
  const parts = [];
  if (major > 0)
    parts.push(`${major} of ${total} ${noun} ${major === 1 ? 'is' : 'are'} behind a major version`);
  if (minor > 0)
    parts.push(
      `${minor} ${major > 0 ? '' : `of ${total} ${noun} `}${minor === 1 ? 'is' : 'are'} behind a minor version`,
    );
  return parts.join('; ');
}
