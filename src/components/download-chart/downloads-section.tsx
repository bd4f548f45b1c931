import { useId } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatNumber } from '@/lib/format';
import { ChartFrame, ChartSkeleton } from './chart-frame';
import { ChartModeSelect } from './chart-mode-select';
import { DownloadsTable } from './downloads-table';
import { LazyDownloadChart } from './lazy-download-chart';
import { useChartMode } from './use-chart-mode';
import { type DownloadsChartSource, useDownloadsChart } from './use-downloads-chart';

export type DownloadsSectionProps = DownloadsChartSource & {
  /** All-time downloads of the crate (or of the version, with `version`). */
  totalDownloads: number;
};

/** Download totals and the 90-day chart of a crate, or of one of its versions. */
export function DownloadsSection({ totalDownloads, ...source }: DownloadsSectionProps) {
  const headingId = useId();
  const [mode, setMode] = useChartMode();
  const { data, query } = useDownloadsChart(source);
  const failed = query.isError;
  const subject = source.version ? `${source.crateName} ${source.version}` : source.crateName;
  const what = source.version ? '' : ', by version';
  const caption = `Daily downloads of ${subject} in the last 90 days${what}`;

  return (
    <section aria-labelledby={headingId} aria-busy={!data && !failed} className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-xl font-bold">
          Downloads
        </h2>
        {/* One version is one series: there is nothing to stack. */}
        {!source.version && <ChartModeSelect value={mode} onChange={setMode} />}
      </div>
      <dl className="flex flex-wrap gap-x-10 gap-y-3">
        <div>
          <dt className="text-sm text-muted">Downloads all time</dt>
          <dd className="text-xl font-semibold tabular-nums sm:text-2xl">
            {formatNumber(totalDownloads)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Downloads in the last 90 days</dt>
          <dd className="text-xl font-semibold tabular-nums sm:text-2xl">
            {data ? (
              formatNumber(data.total)
            ) : failed ? (
              '–'
            ) : (
              <Skeleton className="h-7 w-28 sm:h-8" />
            )}
          </dd>
        </div>
      </dl>
      {failed ? (
        <ChartFrame>
          <div className="flex h-full items-center justify-center">
            <QueryErrorState title="Failed to load download data" query={query} />
          </div>
        </ChartFrame>
      ) : !data ? (
        <div>
          <ChartFrame>
            <ChartSkeleton />
          </ChartFrame>
          {/* Where "View as table" will be. */}
          <Skeleton className="mt-3 h-[30px] w-32" />
        </div>
      ) : data.total === 0 ? (
        <EmptyState title="No downloads in the last 90 days" />
      ) : (
        <div>
          <LazyDownloadChart data={data} mode={mode} title={caption} />
          <DownloadsTable data={data} caption={caption} />
        </div>
      )}
    </section>
  );
}
