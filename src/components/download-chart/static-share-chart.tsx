import { type Ref, useId } from 'react';
import { formatDay } from '@/lib/format';
import type { ChartData } from './chart-data';
import { BAND_HEIGHT, SHARE_TICKS, shareBands, tickDays } from './share-bands';

export type StaticShareChartProps = {
  data: ChartData;
  /** What the chart shows, for assistive technology. */
  title: string;
  /** Its keyboard help, as the interactive chart that replaces it has. */
  desc: string;
  /** The focusable chart area. */
  ref?: Ref<HTMLDivElement>;
};

const PERCENTS = [100, 75, 50, 25, 0];

/**
 * A 100 %-stacked share chart drawn as plain SVG, laid out as recharts lays out
 * `DownloadChart` with `percent` (46 px axis, 8 px margins, 30 px of dates, the
 * legend below), so that it can stand in for it until recharts is wanted.
 * Percentages and a stretched box place everything, so it needs no measuring.
 */
export function StaticShareChart({ data, title, desc, ref }: StaticShareChartProps) {
  const descId = useId();
  const bands = shareBands(data);
  const days = data.rows.length;
  const xOf = (day: number) => `${days > 1 ? (day / (days - 1)) * 100 : 0}%`;
  // Each labelled day once, shown or hidden by breakpoint.
  const base = new Set(tickDays(days, SHARE_TICKS.base));
  const sm = new Set(tickDays(days, SHARE_TICKS.sm));
  const lg = new Set(tickDays(days, SHARE_TICKS.lg));
  const ticks = [...new Set([...base, ...sm, ...lg])].sort((a, b) => a - b);
  const shown = (day: number) =>
    [
      base.has(day) ? '' : 'hidden',
      sm.has(day) ? 'sm:inline' : 'sm:hidden',
      lg.has(day) ? 'lg:inline' : 'lg:hidden',
    ].join(' ');
  return (
    <div data-static-chart className="flex size-full flex-col">
      <div
        ref={ref}
        // As recharts' chart: one focusable element whose arrow keys read the days.
        role="application"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: reached by keyboard as recharts' chart is (focus loads it)
        tabIndex={0}
        aria-label={title}
        aria-describedby={descId}
        className="grid min-h-0 w-full flex-1 grid-cols-[46px_1fr_8px] grid-rows-[8px_1fr_30px]"
      >
        <svg aria-hidden className="col-start-2 row-start-2 size-full overflow-visible">
          {PERCENTS.map((p) => (
            <line
              key={p}
              x1="0"
              x2="100%"
              y1={`${100 - p}%`}
              y2={`${100 - p}%`}
              stroke="var(--line)"
              strokeDasharray="3 3"
            />
          ))}
        </svg>
        <svg
          aria-hidden
          // Not clipped, as recharts' areas are not: a line at 100 % shows its full width.
          // No minimum size: the box's aspect ratio would make the grid row as tall as wide.
          className="col-start-2 row-start-2 size-full min-h-0 min-w-0 overflow-visible"
          viewBox={`0 0 ${Math.max(days - 1, 1)} ${BAND_HEIGHT}`}
          preserveAspectRatio="none"
        >
          {bands.map((band) => (
            <g key={band.label}>
              <path d={band.area} fill={band.colour} fillOpacity={0.25} />
              <path
                d={band.line}
                fill="none"
                stroke={band.colour}
                strokeWidth={2}
                vectorEffect="non-scaling-stroke"
              />
            </g>
          ))}
        </svg>
        <svg aria-hidden className="col-start-1 row-start-2 size-full overflow-visible text-xs">
          <line x1="100%" x2="100%" y1="0" y2="100%" stroke="var(--line)" />
          {PERCENTS.map((p) => (
            <g key={p}>
              <line x1="40" x2="46" y1={`${100 - p}%`} y2={`${100 - p}%`} stroke="var(--line)" />
              <text x="38" y={`${100 - p}%`} dy="0.355em" textAnchor="end" fill="var(--muted)">
                {p} %
              </text>
            </g>
          ))}
        </svg>
        <svg aria-hidden className="col-start-2 row-start-3 size-full overflow-visible text-xs">
          <line x1="0" x2="100%" y1="0" y2="0" stroke="var(--line)" />
          {ticks.map((day) => {
            const row = data.rows[day];
            if (!row) return null;
            const last = day === days - 1 && days > 1;
            return (
              <g key={day} className={shown(day)}>
                <line x1={xOf(day)} x2={xOf(day)} y1="0" y2="6" stroke="var(--line)" />
                <text
                  x={xOf(day)}
                  y="8"
                  dy="0.71em"
                  // The last date ends at the plot's edge, as recharts moves it in.
                  textAnchor={last ? 'end' : 'middle'}
                  fill="var(--muted)"
                >
                  {formatDay(row.date)}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p id={descId} hidden>
        {desc}
      </p>
      {/* As recharts' legend: centred over the chart's width less its 8 px margin, each item
          followed by 10 px. */}
      <ul className="mr-2 flex flex-wrap justify-center pt-1 text-[13px]">
        {bands.map((band) => (
          <li
            key={band.label}
            className="mr-2.5 inline-flex h-5 items-center gap-1 whitespace-nowrap"
          >
            <svg width="12" height="12" aria-hidden>
              <rect width="12" height="12" fill={band.colour} />
            </svg>
            {band.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
