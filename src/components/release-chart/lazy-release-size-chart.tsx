import { lazyChart } from '@/components/download-chart/lazy-chart';
import type { ReleaseSizeChartProps } from './release-size-chart';

/** The crate-size chart, fetched only when the timeline is first shown. */
export const LazyReleaseSizeChart = lazyChart<ReleaseSizeChartProps>(() =>
  import('./release-size-chart').then((m) => ({ default: m.ReleaseSizeChart })),
);
