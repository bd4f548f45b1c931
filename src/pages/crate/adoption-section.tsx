import { useId, useState } from 'react';
import { ChartFrame, ChartSkeleton } from '@/components/download-chart/chart-frame';
import { DownloadsTable } from '@/components/download-chart/downloads-table';
import { ShareChart } from '@/components/download-chart/share-chart';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';
import { adoptionSummary, formatShare, NOT_BROKEN_OUT } from '@/lib/version-lines';
import { AdoptionTable } from './adoption-table';
import { adoptionChartData, EXTRA_VERSIONS, useAdoption } from './use-adoption';

/** How the last 90 days of downloads split across semver-compatible lines. */
export function AdoptionSection({
  crateName,
  numVersions,
}: {
  crateName: string;
  numVersions: number;
}) {
  const headingId = useId();
  const toggleId = useId();
  const [includeApart, setIncludeApart] = useState(false);
  const { data, queries, basis } = useAdoption(crateName, numVersions, includeApart);
  const failed = queries.some((q) => q.isError);
  const summary = data && adoptionSummary(data);
  const other = data?.groups.find((g) => g.label === NOT_BROKEN_OUT);
  const caption = `Share of ${crateName}'s daily downloads by semver line in the last 90 days${includeApart ? ', pre-releases and yanked versions apart' : ''}`;

  return (
    <section aria-labelledby={headingId} aria-busy={!data && !failed} className="mb-8 space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-xl font-semibold">
          Adoption
        </h2>
        <label htmlFor={toggleId} className="inline-flex items-center gap-2 text-sm">
          <input
            id={toggleId}
            type="checkbox"
            checked={includeApart}
            onChange={(event) => setIncludeApart(event.target.checked)}
            className="size-4 accent-[var(--accent)]"
          />
          Show pre-releases and yanked versions
        </label>
      </div>
      {failed ? (
        <QueryErrorState title="Failed to load the download figures by version" query={queries} />
      ) : !data ? (
        // About the space the figures will take: summary, chart, table, note.
        <div className="space-y-3">
          <Skeleton className="h-6 w-3/4" />
          <ChartFrame>
            <ChartSkeleton />
          </ChartFrame>
          <Skeleton className="h-40 w-full" />
          <Skeleton className="h-[30px] w-32" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : data.total === 0 ? (
        <EmptyState title="No downloads in the last 90 days" />
      ) : (
        <>
          <p className="font-medium">{summary}</p>
          <ShareChart data={adoptionChartData(data)} title={caption} />
          <AdoptionTable data={data} caption={`${caption}: totals`} />
          <DownloadsTable
            data={adoptionChartData(data)}
            caption={`${caption}: downloads per day`}
          />
          <p className="text-sm text-muted">
            Based on the daily downloads of {formatNumber(basis.versions)} of{' '}
            {formatNumber(basis.of)} versions: the five newest, which the registry reports together
            with a total for all versions, and the newest of each line, most downloaded lines first
            (at most {EXTRA_VERSIONS} more, one request each).{' '}
            {other
              ? `${formatShare(other.share)} of downloads are from versions not asked for one by one, shown as “${NOT_BROKEN_OUT}”.`
              : 'Every download of the period is accounted for.'}
            {!includeApart && ' Pre-releases and yanked versions are left out of the shares.'}
          </p>
        </>
      )}
    </section>
  );
}
