import { minVersion } from 'semver';
import { toSemverRange } from './cargo-semver';
import { releaseTrackOf } from './release-tracks';

/**
 * The release line a requirement asks for, from its lowest matching version:
 * "^1.2" and "=1.0.5" are "^1", "^0.8.3" is "^0.8" (each 0.x minor is its own line,
 * as Cargo treats them as incompatible), "*" is "*". Null when Cargo would refuse it.
 */
export function requirementLine(requirement: string): string | null {
  const range = toSemverRange(requirement);
  if (!range) return null;
  if (range.range === '') return '*';
  const min = minVersion(range);
  if (!min) return null;
  const track = releaseTrackOf(`${min.major}.${min.minor}.${min.patch}`);
  if (!track) return null;
  return `^${track.endsWith('.x') ? track.slice(0, -2) : track}`;
}

export type LineShare = { line: string; dependents: number };

/** Dependents per line, most dependents first (ties: newest line first). */
export function splitByLine(requirements: readonly string[]): LineShare[] {
  const counts = new Map<string, number>();
  for (const req of requirements) {
    const line = requirementLine(req) ?? 'invalid';
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return [...counts]
    .map(([line, dependents]) => ({ line, dependents }))
    .sort(
      (a, b) =>
        b.dependents - a.dependents || b.line.localeCompare(a.line, 'en', { numeric: true }),
    );
}
