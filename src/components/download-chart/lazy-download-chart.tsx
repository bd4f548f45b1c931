import type { DownloadChartProps } from './download-chart';
import { lazyChart } from './lazy-chart';

/** The recharts chart, fetched only when it is first shown. */
export const LazyDownloadChart = lazyChart<DownloadChartProps>(() =>
  import('./download-chart').then((m) => ({ default: m.DownloadChart })),
);
