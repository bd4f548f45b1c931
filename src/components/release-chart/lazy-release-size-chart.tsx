import { lazy, Suspense, useState } from 'react';
import { ChartFrame, ChartSkeleton } from '@/components/download-chart/chart-frame';
import { ChartLoadBoundary } from '@/components/download-chart/chart-load-boundary';
import type { ReleaseSizeChartProps } from './release-size-chart';

const load = () => import('./release-size-chart').then((m) => ({ default: m.ReleaseSizeChart }));

// React.lazy remembers a failed import, so "Try again" swaps in a fresh one.
let LoadedChart = lazy(load);

/** The crate-size chart, fetched only when the timeline is first shown. */
export function LazyReleaseSizeChart(props: ReleaseSizeChartProps) {
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
