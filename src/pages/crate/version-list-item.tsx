import { memo } from 'react';
import type { Version } from '@/api/types';
import { VersionActions } from '@/components/crate/version-actions';
import type { PublisherChange } from '@/lib/provenance';
import { VersionRow } from './version-row';

export type VersionListItemProps = {
  version: Version;
  track: string | null;
  isDefault: boolean;
  isOwner: boolean;
  publisherChange?: PublisherChange;
  /** The row's content height when the page was last left, for Back and Forward. */
  height?: number;
};

/**
 * One row of the versions list. Memoised: each page paged in would otherwise
 * re-render every row already shown, so a 2,100-version list cost grew with the
 * square of its length. Old pages keep their version objects (React Query's
 * structural sharing); a publisher change is the same when its previous release is.
 */
export const VersionListItem = memo(
  function VersionListItem({
    version,
    track,
    isDefault,
    isOwner,
    publisherChange,
    height,
  }: VersionListItemProps) {
    return (
      // Off-screen rows skip layout and paint until scrolled to, in an estimate's space
      // or the height they had (lib/use-rows-on-leave.ts).
      <li
        className="[contain-intrinsic-size:auto_84px] [content-visibility:auto]"
        style={height ? { containIntrinsicSize: `auto ${height}px` } : undefined}
      >
        <VersionRow
          version={version}
          track={track}
          isDefault={isDefault}
          actions={isOwner ? <VersionActions version={version} /> : undefined}
          publisherChange={publisherChange}
        />
      </li>
    );
  },
  (a, b) =>
    a.version === b.version &&
    a.track === b.track &&
    a.isDefault === b.isDefault &&
    a.isOwner === b.isOwner &&
    a.height === b.height &&
    a.publisherChange?.previous === b.publisherChange?.previous,
);
