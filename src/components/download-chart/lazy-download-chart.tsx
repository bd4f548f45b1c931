import type { DownloadChartProps } from './download-chart';
import { lazyChart } from './lazy-chart';

/** The recharts chart's module; calling it early (on a hover) fetches the code ahead of rendering. */
export const loadDownloadChart = () =>
  import('./download-chart').then((m) => ({ default: m.DownloadChart }));

/** The recharts chart, fetched only when it is first shown. */
export const LazyDownloadChart = lazyChart<DownloadChartProps>(loadDownloadChart);
