// Imports recharts: loaded lazily (lazy-release-size-chart.tsx), only with the timeline.
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatBytes, formatDate } from '@/lib/format';

export type SizePoint = { time: number; size: number; num: string; yanked: boolean };
export type ChangeMark = { time: number; label: string };

export type ReleaseSizeChartProps = {
  points: SizePoint[];
  /** Edition and MSRV changes, drawn as vertical lines. */
  marks: ChangeMark[];
  title: string;
};

const TICK = { fill: 'var(--muted)', fontSize: 12 };
const LINE = 'var(--line)';
const yearMonth = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

export function ReleaseSizeChart({ points, marks, title }: ReleaseSizeChartProps) {
  const published = points.filter((p) => !p.yanked);
  const yanked = points.filter((p) => p.yanked);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ScatterChart title={title} margin={{ top: 16, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke={LINE} strokeDasharray="3 3" />
        <XAxis
          type="number"
          dataKey="time"
          domain={['dataMin', 'dataMax']}
          scale="time"
          tickFormatter={(t: number) => yearMonth.format(t)}
          tick={TICK}
          stroke={LINE}
          minTickGap={32}
        />
        <YAxis
          type="number"
          dataKey="size"
          tickFormatter={(n: number) => formatBytes(n)}
          tick={TICK}
          stroke={LINE}
          width="auto"
        />
        {marks.map((m) => (
          <ReferenceLine
            key={`${m.time}:${m.label}`}
            x={m.time}
            stroke="var(--chart-4)"
            strokeDasharray="4 3"
            label={{ value: m.label, position: 'insideTopLeft', fill: 'var(--ink)', fontSize: 11 }}
          />
        ))}
        <Tooltip
          cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }}
          content={({ payload }) => {
            const p = payload?.[0]?.payload as SizePoint | undefined;
            if (!p) return null;
            return (
              <div className="rounded-md border border-line bg-surface px-3 py-2 text-sm text-ink shadow-lg">
                <p className="font-semibold">
                  {p.num}
                  {p.yanked && ' (yanked)'}
                </p>
                <p>{formatDate(new Date(p.time).toISOString())}</p>
                <p>{formatBytes(p.size)}</p>
              </div>
            );
          }}
        />
        <Scatter
          name="Releases"
          data={published}
          fill="var(--chart-2)"
          line={{ stroke: 'var(--chart-2)', strokeOpacity: 0.4 }}
        />
        <Scatter name="Yanked" data={yanked} fill="var(--danger)" shape="cross" />
      </ScatterChart>
    </ResponsiveContainer>
  );
}
