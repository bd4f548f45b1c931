import { parse } from 'semver';

/** The track a version belongs to on crates.io: "1.x" for >= 1, "0.4" for 0.x, "0.0.3" for 0.0.x. */
export function releaseTrackOf(num: string): string | null {
  const v = parse(num);
  if (!v || v.prerelease.length > 0) return null;
  if (v.major > 0) return `${v.major}.x`;
  if (v.minor > 0) return `0.${v.minor}`;
  return `0.0.${v.patch}`;
}

export const isPrerelease = (num: string) => (parse(num)?.prerelease.length ?? 0) > 0;

/** The track a version leads (is the highest of), if any. */
export function leadsTrack(
  num: string,
  tracks: Record<string, { highest: string }> | null | undefined,
) {
  const track = releaseTrackOf(num);
  return track && tracks?.[track]?.highest === num ? track : null;
}
