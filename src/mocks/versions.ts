// Version ordering rules the registry applies, shared by serializers and handlers.
import { compare, parse, prerelease, rcompare, valid } from 'semver';
import type { VersionRow } from './db';

export const bySemverDesc = (a: VersionRow, b: VersionRow) => rcompare(a.num, b.num);
export const byDateDesc = (a: VersionRow, b: VersionRow) =>
  b.created_at.localeCompare(a.created_at) || b.id - a.id;

const isStable = (v: VersionRow) => valid(v.num) !== null && prerelease(v.num) === null;

/**
 * crates.io's default version: the highest stable non-yanked version, else the
 * highest non-yanked one, else the newest.
 */
export function defaultVersion(versions: VersionRow[]): VersionRow | undefined {
  const live = versions.filter((v) => !v.yanked);
  const sorted = [...live].sort(bySemverDesc);
  return sorted.find(isStable) ?? sorted[0] ?? [...versions].sort(byDateDesc)[0];
}

export function maxVersion(versions: VersionRow[]): VersionRow | undefined {
  return [...versions].filter((v) => !v.yanked).sort(bySemverDesc)[0];
}

export function maxStableVersion(versions: VersionRow[]): VersionRow | undefined {
  return [...versions].filter((v) => !v.yanked && isStable(v)).sort(bySemverDesc)[0];
}

export function newestVersion(versions: VersionRow[]): VersionRow | undefined {
  return [...versions].sort(byDateDesc)[0];
}

/** The release track a version belongs to: "1.x" for >= 1, "0.4" for 0.x, "0.0.3" for 0.0.x. */
export function releaseTrack(num: string): string | null {
  const v = parse(num);
  if (!v || v.prerelease.length > 0) return null;
  if (v.major > 0) return `${v.major}.x`;
  if (v.minor > 0) return `0.${v.minor}`;
  return `0.0.${v.patch}`;
}

/** `meta.release_tracks`: the highest non-yanked stable version of each track. */
export function releaseTracks(versions: VersionRow[]): Record<string, { highest: string }> {
  const tracks: Record<string, { highest: string }> = {};
  for (const v of versions) {
    if (v.yanked) continue;
    const track = releaseTrack(v.num);
    if (!track) continue;
    const current = tracks[track];
    if (!current || compare(v.num, current.highest) > 0) tracks[track] = { highest: v.num };
  }
  return tracks;
}
