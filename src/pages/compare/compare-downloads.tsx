import { useQueries } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { crateQueries } from '@/api/queries/crates';
import { ChartFrame, ChartSkeleton } from '@/components/download-chart/chart-frame';
import { DownloadsTable } from '@/components/download-chart/downloads-table';
import { LazyDownloadChart } from '@/components/download-chart/lazy-download-chart';
import { movingAverage } from '@/components/download-chart/moving-average';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { compareChartData } from './compare-chart-data';
import type { ComparedCrate } from './use-compared-names';

export type CompareDownloadsProps = { crates: ComparedCrate[] };

function Toggle(props: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="inline-flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
        className="size-4 accent-[var(--accent)]"
      />
      {props.label}
    </label>
  );
}

/** One line per crate over 90 days; a crate whose downloads fail says so and the rest stay. */
export function CompareDownloads({ crates }: CompareDownloadsProps) {
  const headingId = useId();
  // "Today" is fixed when the section mounts, so the window does not move while it is open.
  const [now] = useState(() => new Date());
  const [log, setLog] = useState(false);
  const [average, setAverage] = useState(false);
  const results = useQueries({
    queries: crates.map((c) => crateQueries.downloads(c.name)),
  });
  const loaded = crates.flatMap((c, i) => {
    const data = results[i]?.data;
    return data ? [{ name: c.name, slot: c.slot, downloads: data }] : [];
  });
  const failed = crates.flatMap((c, i) => {
    const result = results[i];
    return result?.isError ? [{ name: c.name, result }] : [];
  });
  const pending = results.some((r) => r.isPending);
  const raw = compareChartData(loaded, now);
  const data = average ? movingAverage(raw, 7) : raw;
  const caption = `Daily downloads in the last 90 days${average ? ' (7-day averages; totals are actual downloads)' : ''}: ${loaded.map((c) => c.name).join(', ')}`;

  return (
    <section aria-labelledby={headingId} aria-busy={pending} className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={headingId} className="text-xl font-bold">
          Downloads
        </h2>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          <Toggle label="Logarithmic scale" checked={log} onChange={setLog} />
          <Toggle label="7-day average" checked={average} onChange={setAverage} />
        </div>
      </div>
      {failed.map(({ name, result }) => (
        <QueryErrorState
          key={name}
          title={`Failed to load the downloads of ${name}`}
          query={result}
        />
      ))}
      {loaded.length === 0 ? (
        pending ? (
          <ChartFrame>
            <ChartSkeleton />
          </ChartFrame>
        ) : failed.length === 0 ? (
          <EmptyState title="No downloads to compare yet" />
        ) : null
      ) : raw.total === 0 ? (
        <EmptyState title="No downloads in the last 90 days" />
      ) : (
        <div>
          <LazyDownloadChart
            data={data}
            mode="unstacked"
            scale={log ? 'log' : 'linear'}
            title={caption}
          />
          <DownloadsTable data={data} caption={caption} withTotal={false} />
        </div>
      )}
    </section>
  );
}
