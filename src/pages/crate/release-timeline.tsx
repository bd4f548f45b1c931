import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { ChartFrame, ChartSkeleton } from '@/components/download-chart/chart-frame';
import { LazyReleaseSizeChart } from '@/components/release-chart/lazy-release-size-chart';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';
import { paths } from '@/lib/paths';
import { isNotable, longestGap, releaseTimeline } from '@/lib/release-timeline';
import { ReleaseTimelineRow } from './release-timeline-row';

const PAGE = 100;

/** Every release on a time axis: gaps, MSRV and edition changes, size, yanks, publishers. */
export function ReleaseTimeline({ crateName }: { crateName: string }) {
  const headingId = useId();
  const versions = useQuery(crateQueries.versions(crateName));
  const [notableOnly, setNotableOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const releases = useMemo(
    () => (versions.data ? releaseTimeline(versions.data.versions) : null),
    [versions.data],
  );

  if (versions.isError) {
    return (
      <QueryErrorState
        title={`${crateName}: Failed to load the release history`}
        query={versions}
      />
    );
  }
  if (!releases) {
    return (
      <div aria-busy className="space-y-3">
        <Skeleton className="h-6 w-2/3" />
        <ChartFrame>
          <ChartSkeleton />
        </ChartFrame>
      </div>
    );
  }
  if (releases.length === 0) return <EmptyState title="No releases yet" />;

  const gap = longestGap(releases);
  const first = releases[0];
  const last = releases.at(-1);
  const flagged = releases.filter((r) => r.publisherChange).length;
  const marks = releases.flatMap((r) => {
    const time = Date.parse(r.date);
    return [
      ...(r.editionChange ? [{ time, label: `edition ${r.editionChange.to}` }] : []),
      ...(r.msrvChange?.from ? [{ time, label: `MSRV ${r.msrvChange.to}` }] : []),
    ];
  });
  const newestFirst = [...releases].reverse().filter((r) => !notableOnly || isNotable(r));

  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <h2 id={headingId} className="sr-only">
        Release timeline
      </h2>
      <p>
        {formatNumber(releases.length)} releases from {first?.num} to {last?.num}
        {gap && gap.days > 0 && (
          <>
            ; the longest gap was {formatNumber(gap.days)} days, between {gap.after} and{' '}
            {gap.before}
          </>
        )}
        .{' '}
        {flagged > 0 ? (
          <strong>
            {flagged === 1
              ? '1 release was published by someone other than the release before it.'
              : `${formatNumber(flagged)} releases were published by someone other than the release before them.`}
          </strong>
        ) : (
          'Every release was published by the same publisher as the one before it.'
        )}
      </p>
      <div>
        <h3 className="mb-1 text-base font-semibold">Crate size over time</h3>
        <LazyReleaseSizeChart
          title={`Size of each release of ${crateName}, by date; dashed lines mark edition and MSRV changes`}
          points={releases.map((r) => ({
            time: Date.parse(r.date),
            size: r.size,
            num: r.num,
            yanked: r.yanked,
          }))}
          marks={marks}
        />
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-base font-semibold">Releases, newest first</h3>
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={notableOnly}
            onChange={(event) => setNotableOnly(event.target.checked)}
            className="size-4 accent-[var(--accent)]"
          />
          Only changes, yanks and new publishers
        </label>
      </div>
      {newestFirst.length === 0 ? (
        <EmptyState title="No release changed the MSRV, the edition or the publisher, or was yanked" />
      ) : (
        <ol
          aria-label={`Releases of ${crateName}`}
          className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line"
        >
          {newestFirst.slice(0, shown).map((r) => (
            <li
              key={r.num}
              className="[contain-intrinsic-size:auto_72px] [content-visibility:auto]"
            >
              <ReleaseTimelineRow release={r} href={paths.crateVersion(crateName, r.num)} />
            </li>
          ))}
        </ol>
      )}
      {newestFirst.length > shown && (
        <div className="flex justify-center">
          <Button onClick={() => setShown((n) => n + PAGE)}>
            Show {formatNumber(Math.min(PAGE, newestFirst.length - shown))} more (
            {formatNumber(shown)} of {formatNumber(newestFirst.length)} shown)
          </Button>
        </div>
      )}
      <p className="text-sm text-muted">
        From the crate's full version list (one request).{' '}
        <Link className="link" to={paths.crateVersions(crateName)}>
          Back to the list
        </Link>
      </p>
    </section>
  );
}
