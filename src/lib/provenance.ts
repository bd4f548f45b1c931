// How a release was published, from `trustpub_data` (trusted publishing) and
// `published_by` (the user whose API token published it). The API marks
// `trustpub_data` unstable and leaves its shape open: read it defensively.
import type { Version } from '@/api/types';
import { compareStrings } from './compare-strings';

export type Provenance =
  | { kind: 'github'; repository: string }
  | { kind: 'gitlab'; project: string }
  | { kind: 'trusted'; provider: string }
  | { kind: 'token'; login: string }
  | { kind: 'unknown' };

type ProvenanceSource = Pick<Version, 'trustpub_data' | 'published_by'>;

const text = (value: unknown) => (typeof value === 'string' && value ? value : null);

export function provenanceOf(version: ProvenanceSource): Provenance {
  const data = version.trustpub_data as Record<string, unknown> | null | undefined;
  if (data && typeof data === 'object') {
    const provider = text(data.provider) ?? 'unknown';
    const repository = text(data.repository);
    if (provider === 'github' && repository) return { kind: 'github', repository };
    const project = text(data.project_path) ?? text(data.project);
    if (provider === 'gitlab' && project) return { kind: 'gitlab', project };
    return { kind: 'trusted', provider };
  }
  if (version.published_by) return { kind: 'token', login: version.published_by.login };
  return { kind: 'unknown' };
}

/** "via GitHub Actions from owner/repo", "by @user with an API token", … */
export function describeProvenance(provenance: Provenance): string {
  switch (provenance.kind) {
    case 'github':
      return `via GitHub Actions from ${provenance.repository}`;
    case 'gitlab':
      return `via GitLab CI from ${provenance.project}`;
    case 'trusted':
      return `via trusted publishing (${provenance.provider})`;
    case 'token':
      return `by @${provenance.login} with an API token`;
    case 'unknown':
      return 'publisher not recorded';
  }
}

export const isTrustedPublish = (provenance: Provenance) =>
  provenance.kind === 'github' || provenance.kind === 'gitlab' || provenance.kind === 'trusted';

/** Two releases have the same publisher; unrecorded ones never count as a change. */
function samePublisher(a: Provenance, b: Provenance) {
  if (a.kind === 'unknown' || b.kind === 'unknown') return true;
  return describeProvenance(a).toLowerCase() === describeProvenance(b).toLowerCase();
}

export type PublisherChange = { previous: string; provenance: Provenance };

/**
 * For each version id, the release published just before it when its publisher
 * differs (by date, whatever order the list shows). Only loaded versions count.
 */
export function publisherChanges(
  versions: readonly (ProvenanceSource & Pick<Version, 'id' | 'num' | 'created_at'>)[],
): Map<number, PublisherChange> {
  // ISO timestamps sort as plain strings (compare-strings.ts says why not localeCompare).
  const byDate = [...versions].sort((a, b) => compareStrings(a.created_at, b.created_at));
  const changes = new Map<number, PublisherChange>();
  byDate.forEach((version, i) => {
    const before = byDate[i - 1];
    if (!before) return;
    const previous = provenanceOf(before);
    if (!samePublisher(provenanceOf(version), previous)) {
      changes.set(version.id, { previous: before.num, provenance: previous });
    }
  });
  return changes;
}

/** One line on why a publisher change matters. */
export function explainChange(change: PublisherChange): string {
  return `The release before, ${change.previous}, was published ${describeProvenance(change.provenance)}: check that this change was expected.`;
}
