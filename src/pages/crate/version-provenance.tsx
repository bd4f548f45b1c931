import type { Version } from '@/api/types';
import {
  describeProvenance,
  explainChange,
  type PublisherChange,
  provenanceOf,
} from '@/lib/provenance';

export type VersionProvenanceProps = { version: Version; change?: PublisherChange };

/** How a release was published, and a warning when that differs from the release before. */
export function VersionProvenance({ version, change }: VersionProvenanceProps) {
  return (
    <>
      {' '}
      {describeProvenance(provenanceOf(version))}
      {change && (
        <span className="mt-1 block rounded bg-warn-soft px-2 py-1 text-ink">
          <strong className="font-semibold">Publisher changed.</strong> {explainChange(change)}
        </span>
      )}
    </>
  );
}
