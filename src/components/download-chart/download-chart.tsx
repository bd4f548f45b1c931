// The only module that imports recharts: it is loaded lazily (see
// lazy-download-chart.tsx) so the crate page's first load stays small.
import { useMemo } from 'react';
import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatDay } from '@/lib/format';
import { CHART_KEYS_HELP, type ChartData, type ChartRow } from './chart-data';
import { ChartTooltip } from './chart-tooltip';
import type { ChartMode } from './use-chart-mode';

export type DownloadChartProps = {
  data: ChartData;
  mode: ChartMode;
  /** What the chart shows, for assistive technology. */
  title: string;
  /** A logarithmic axis (symlog, so days with 0 downloads still plot). */
  scale?: 'linear' | 'log';
  /** Stacked to 100 %: each day's share per series. */
  percent?: boolean;
  /** Off where the chart replaces a drawing of itself (static-share-chart.tsx). */
  animate?: boolean;
  /** The box's size when already known, so the first render draws (recharts measures otherwise). */
  initialSize?: { width: number; height: number };
  /** The dates to label, where recharts should not pick them (as the drawing it replaces did). */
  xTicks?: string[];
};

const percentTick = (share: number) => `${Math.round(share * 100)} %`;

// Theme variables, so the chart follows light and dark mode without re-rendering.
const TICK = { fill: 'var(--muted)', fontSize: 12 };
const LINE = 'var(--line)';

export function DownloadChart({
  data,
  mode,
  title,
  scale = 'linear',
  percent,
  animate = true,
  initialSize,
  xTicks,
}: DownloadChartProps) {
  const stacked = mode === 'stacked';
  // Stable accessors: recharts keys its caches on dataKey.
  const accessors = useMemo(
    () => data.series.map((_, i) => (row: ChartRow) => row.values[i] ?? null),
    [data.series],
  );
  const Chart = stacked ? AreaChart : LineChart;
  const series = data.series.map((s, i) =>
    stacked ? (
      <Area
        key={s.label}
        name={s.label}
        dataKey={accessors[i]}
        stackId="downloads"
        type="monotone"
        stroke={s.colour}
        fill={s.colour}
        fillOpacity={0.25}
        strokeWidth={2}
        legendType="square"
        isAnimationActive={animate}
      />
    ) : (
      <Line
        key={s.label}
        name={s.label}
        dataKey={accessors[i]}
        type="monotone"
        stroke={s.colour}
        strokeWidth={2}
        strokeDasharray={s.dash}
        dot={false}
        legendType="plainline"
        isAnimationActive={animate}
      />
    ),
  );
  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={initialSize}>
      <Chart
        data={data.rows}
        stackOffset={percent ? 'expand' : undefined}
        title={title}
        desc={CHART_KEYS_HELP}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      >
        <CartesianGrid stroke={LINE} strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="date"
          ticks={xTicks}
          tickFormatter={formatDay}
          tick={TICK}
          stroke={LINE}
          // Dates chosen by the caller are kept unless they nearly touch.
          minTickGap={xTicks ? 8 : 24}
          interval="preserveStartEnd"
        />
        <YAxis
          domain={percent ? [0, 1] : [0, 'auto']}
          scale={scale === 'log' && !percent ? 'symlog' : 'auto'}
          allowDecimals={Boolean(percent)}
          tickFormatter={percent ? percentTick : formatCompact}
          tick={TICK}
          stroke={LINE}
          width="auto"
        />
        <Tooltip
          cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
          content={({ payload }) => (
            <ChartTooltip
              row={payload?.[0]?.payload as ChartRow | undefined}
              series={data.series}
            />
          )}
        />
        <Legend
          // Newest version first, as the series are; recharts would sort by name.
          itemSorter={null}
          iconSize={12}
          wrapperStyle={{ fontSize: 13, paddingTop: 4 }}
          formatter={(label) => <span style={{ color: 'var(--ink)' }}>{label}</span>}
        />
        {series}
      </Chart>
    </ResponsiveContainer>
  );
}
