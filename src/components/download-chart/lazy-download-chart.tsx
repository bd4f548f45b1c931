import { lazy, Suspense, useState } from 'react';
import { ChartFrame, ChartSkeleton } from './chart-frame';
import { ChartLoadBoundary } from './chart-load-boundary';
import type { DownloadChartProps } from './download-chart';

const load = () => import('./download-chart').then((m) => ({ default: m.DownloadChart }));

// React.lazy remembers a failed import, so "Try again" swaps in a fresh one.
let LoadedChart = lazy(load);

/** The recharts chart, fetched only when it is first shown. */
export function LazyDownloadChart(props: DownloadChartProps) {
  const [, setAttempt] = useState(0);
  const retry = () => {
    LoadedChart = lazy(load);
    setAttempt((n) => n + 1);
  };
  return (
    <ChartFrame>
      <ChartLoadBoundary onRetry={retry}>
        <Suspense fallback={<ChartSkeleton />}>
          <LoadedChart {...props} />
        </Suspense>
      </ChartLoadBoundary>
    </ChartFrame>
  );
}
