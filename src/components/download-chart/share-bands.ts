// The bands of a 100 %-stacked area chart as SVG paths, drawn without recharts
// (static-share-chart.tsx), the way recharts draws them: stacked in series order
// from the bottom, each day's values as shares of the day's total (d3's "expand"
// offset), with d3's monotone-x curve. Pure, so the shapes are unit-tested.
import type { ChartData } from './chart-data';

/** Width of the paths' box per day and its height: x is the day's index, y runs 0 (100 %) to 100 (0 %). */
export const BAND_HEIGHT = 100;

export type ShareBand = {
  label: string;
  colour: string;
  /** The band, closed: its top edge left to right, its bottom edge back. */
  area: string;
  /** Its top edge alone (recharts strokes only this). */
  line: string;
};

type Point = [number, number];

const round = (n: number) => Math.round(n * 100) / 100;
const sign = (n: number) => (n < 0 ? -1 : 1);

/** d3-shape's curveMonotoneX tangents (Steffen's method), one per point. */
function tangents(points: Point[]): number[] {
  const n = points.length;
  const slope = (i: number) => {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[i + 1] as Point;
    return (y1 - y0) / (x1 - x0);
  };
  const t = new Array<number>(n).fill(0);
  for (let i = 1; i < n - 1; i++) {
    const h0 = (points[i] as Point)[0] - (points[i - 1] as Point)[0];
    const h1 = (points[i + 1] as Point)[0] - (points[i] as Point)[0];
    const s0 = slope(i - 1);
    const s1 = slope(i);
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    t[i] = (sign(s0) + sign(s1)) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) || 0;
  }
  if (n > 2) {
    t[0] = (3 * slope(0) - (t[1] ?? 0)) / 2;
    t[n - 1] = (3 * slope(n - 2) - (t[n - 2] ?? 0)) / 2;
  } else if (n === 2) {
    // d3 draws two points as a straight line.
    t[0] = slope(0);
    t[1] = slope(0);
  }
  return t;
}

/** The cubic segments through `points` (no moveto), in their order or reversed. */
function segments(points: Point[], reversed: boolean): string {
  const t = tangents(points);
  const parts: string[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [x0, y0] = points[i] as Point;
    const [x1, y1] = points[i + 1] as Point;
    const dx = (x1 - x0) / 3;
    const c0: Point = [x0 + dx, y0 + dx * (t[i] ?? 0)];
    const c1: Point = [x1 - dx, y1 - dx * (t[i + 1] ?? 0)];
    parts.push(
      reversed
        ? `C${round(c1[0])},${round(c1[1])},${round(c0[0])},${round(c0[1])},${round(x0)},${round(y0)}`
        : `C${round(c0[0])},${round(c0[1])},${round(c1[0])},${round(c1[1])},${round(x1)},${round(y1)}`,
    );
  }
  if (reversed) parts.reverse();
  return parts.join('');
}

const moveTo = ([x, y]: Point) => `M${round(x)},${round(y)}`;
const lineTo = ([x, y]: Point) => `L${round(x)},${round(y)}`;

/** One band per series, in a box `rows.length - 1` wide and BAND_HEIGHT tall. */
export function shareBands(data: ChartData): ShareBand[] {
  const totals = data.rows.map((row) => row.values.reduce<number>((a, v) => a + (v ?? 0), 0));
  // Each day's running share from the bottom: bottoms[i] is series i's lower edge.
  let below = data.rows.map(() => 0);
  return data.series.map((series, i) => {
    const top = data.rows.map((row, day) => {
      const total = totals[day] ?? 0;
      return total > 0 ? (below[day] ?? 0) + (row.values[i] ?? 0) / total : 0;
    });
    const y = (share: number) => BAND_HEIGHT * (1 - share);
    const upper = top.map((share, day): Point => [day, y(share)]);
    const lower = below.map((share, day): Point => [day, y(share)]);
    below = top;
    const first = upper[0];
    const last = lower.at(-1);
    if (!first || !last) return { label: series.label, colour: series.colour, area: '', line: '' };
    const line = moveTo(first) + segments(upper, false);
    return {
      label: series.label,
      colour: series.colour,
      line,
      area: `${line}${lineTo(last)}${segments(lower, true)}Z`,
    };
  });
}

/**
 * How many days the x axis labels below Tailwind's `sm`, up to `lg`, and above:
 * as many as keep recharts' 24 px between labels at each range's narrowest width
 * (recharts, given these dates, drops any that come closer).
 */
export const SHARE_TICKS = { base: 5, sm: 9, lg: 13 } as const;

/**
 * The days labelled on the x axis: `count` evenly spread ticks, the first and
 * last day included (recharts' `preserveStartEnd`).
 */
export function tickDays(days: number, count: number): number[] {
  if (days <= 1) return days === 1 ? [0] : [];
  const n = Math.min(count, days);
  return Array.from({ length: n }, (_, j) => Math.round((j * (days - 1)) / (n - 1)));
}
