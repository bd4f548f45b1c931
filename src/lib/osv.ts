// Reading OSV advisories (RustSec's export format) for display: which versions
// an advisory affects, which fix it, and what kind of advisory it is.
import { compareVersions, validate } from 'compare-versions';
import type { OsvAdvisory, OsvEvent } from '@/api/advisories';

/** `introduced: "0"` (OSV) and `"0.0.0-0"` (RustSec) both mean "since the first release". */
const isStart = (version: string) => version === '0' || version === '0.0.0-0';

const eventVersion = (event: OsvEvent) =>
  event.introduced ?? event.fixed ?? event.last_affected ?? event.limit ?? '';

/** OSV allows events in any order; they are evaluated sorted by version. */
function sortedEvents(events: OsvEvent[]): OsvEvent[] {
  const comparable = events.every((e) => isStart(eventVersion(e)) || validate(eventVersion(e)));
  if (!comparable) return events;
  return [...events].sort((a, b) => {
    const [x, y] = [eventVersion(a), eventVersion(b)];
    if (isStart(x)) return isStart(y) ? 0 : -1;
    if (isStart(y)) return 1;
    return compareVersions(x, y);
  });
}

/** The SEMVER and ECOSYSTEM ranges of every affected package (GIT ranges name commits). */
function versionRanges(advisory: OsvAdvisory) {
  return (advisory.affected ?? []).flatMap((affected) =>
    (affected.ranges ?? []).filter((range) => range.type !== 'GIT'),
  );
}

/**
 * The affected versions as requirement-like strings, one per range:
 * `< 0.2.23`, `>= 0.3.0, < 0.3.5`, `<= 1.2.0`, `>= 2.0.0`, or `all versions`.
 */
export function affectedRanges(advisory: OsvAdvisory): string[] {
  const out: string[] = [];
  for (const range of versionRanges(advisory)) {
    let from: string | null = null;
    let open = false;
    for (const event of sortedEvents(range.events)) {
      if (event.introduced !== undefined) {
        from = isStart(event.introduced) ? null : event.introduced;
        open = true;
        continue;
      }
      const end =
        event.fixed !== undefined
          ? `< ${event.fixed}`
          : event.limit !== undefined
            ? `< ${event.limit}`
            : event.last_affected !== undefined
              ? `<= ${event.last_affected}`
              : null;
      if (!open || end === null) continue;
      out.push(from ? `>= ${from}, ${end}` : end);
      open = false;
    }
    if (open) out.push(from ? `>= ${from}` : 'all versions');
  }
  return out;
}

/**
 * The versions with the fix: from each `fixed` up to the next `introduced`
 * (where the bug came back or a new major line started), e.g.
 * `>= 1.8.4, < 1.9.0` and `>= 1.13.1`.
 */
export function patchedRanges(advisory: OsvAdvisory): string[] {
  const out: string[] = [];
  for (const range of versionRanges(advisory)) {
    const events = sortedEvents(range.events);
    events.forEach((event, index) => {
      if (event.fixed === undefined) return;
      const next = events.slice(index + 1).find((e) => e.introduced !== undefined);
      out.push(next?.introduced ? `>= ${event.fixed}, < ${next.introduced}` : `>= ${event.fixed}`);
    });
  }
  return out;
}

export type InformationalKind = 'unmaintained' | 'unsound' | 'notice';

/** RustSec's informational advisories are not vulnerabilities but warnings about the crate. */
export function informationalKind(advisory: OsvAdvisory): InformationalKind | null {
  for (const affected of advisory.affected ?? []) {
    const kind = affected.database_specific?.informational;
    if (kind === 'unmaintained' || kind === 'unsound' || kind === 'notice') return kind;
  }
  return null;
}

/** Withdrawn advisories were found not to apply: they are not shown. */
export const currentAdvisories = (advisories: OsvAdvisory[]) =>
  advisories.filter((advisory) => !advisory.withdrawn);

/**
 * The advisory that says the crate is unmaintained, if any: not withdrawn, and
 * with no fixed version (an unmaintained crate that got a new maintainer and a
 * release is maintained again).
 */
export function unmaintainedAdvisory(advisories: OsvAdvisory[]): OsvAdvisory | null {
  return (
    currentAdvisories(advisories).find(
      (advisory) =>
        informationalKind(advisory) === 'unmaintained' && patchedRanges(advisory).length === 0,
    ) ?? null
  );
}

/** The CVSS vector, newest CVSS version first, e.g. `CVSS:3.1/AV:N/AC:L/…`. */
export function cvssVector(advisory: OsvAdvisory): string | null {
  const severity = advisory.severity ?? [];
  for (const type of ['CVSS_V4', 'CVSS_V3', 'CVSS_V2']) {
    const found = severity.find((s) => s.type === type && s.score);
    if (found) return found.score;
  }
  return null;
}

export type AliasKind = 'cve' | 'ghsa' | 'other';

export const aliasKind = (alias: string): AliasKind =>
  /^CVE-\d{4}-\d+$/.test(alias) ? 'cve' : /^GHSA(-[0-9a-z]{4}){3}$/.test(alias) ? 'ghsa' : 'other';
