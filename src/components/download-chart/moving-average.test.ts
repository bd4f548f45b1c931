import { describe, expect, it } from 'vitest';
import { movingAverage } from './moving-average';

describe('movingAverage', () => {
  it('averages each day with the days before it, fewer at the start, skipping days before a series starts', () => {
    const data = {
      series: [
        { label: 'a', colour: 'var(--chart-1)', total: 28 },
        { label: 'b', colour: 'var(--chart-2)', total: 9 },
      ],
      rows: [
        { date: '2026-11-16', values: [2, null] },
        { date: '2026-11-17', values: [4, 3] },
        { date: '2026-11-18', values: [6, 3] },
        { date: '2026-11-19', values: [16, 3] },
      ],
      total: 37,
    };
    const smooth = movingAverage(data, 3);
    expect(smooth.rows.map((r) => r.values)).toEqual([
      [2, null],
      [3, 3],
      [4, 3],
      [9, 3],
    ]);
    expect(smooth.series).toBe(data.series);
    expect(smooth.total).toBe(37);
  });
});
