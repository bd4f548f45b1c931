import type { ChartData } from './chart-data';

/**
 * Each day as the mean of it and the days before (`days` in all, fewer at the
 * start of the window or of a series), rounded: smooths the weekend dip.
 * Totals stay the real downloads.
 */
export function movingAverage(data: ChartData, days: number): ChartData {
  const rows = data.rows.map((row, r) => ({
    date: row.date,
    values: row.values.map((value, i) => {
      if (value === null) return null;
      let sum = 0;
      let count = 0;
      for (let k = Math.max(0, r - days + 1); k <= r; k++) {
        const v = data.rows[k]?.values[i];
        if (v === null || v === undefined) continue;
        sum += v;
        count += 1;
      }
      return Math.round(sum / count);
    }),
  }));
  return { ...data, rows };
}
