import { describe, expect, it } from 'vitest';
import { compareChartData } from './compare-chart-data';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('compareChartData', () => {
  it('gives each crate one line: its versions plus extra_downloads, day by day', () => {
    const data = compareChartData(
      [
        {
          name: 'serde',
          slot: 0,
          downloads: {
            version_downloads: [
              { version: 1, date: '2026-11-20', downloads: 5 },
              { version: 2, date: '2026-11-20', downloads: 7 },
              { version: 1, date: '2026-11-19', downloads: 1 },
            ],
            meta: { extra_downloads: [{ date: '2026-11-20', downloads: 100 }] },
          },
        },
        {
          name: 'tokio',
          slot: 2,
          downloads: {
            version_downloads: [{ version: 9, date: '2026-11-19', downloads: 40 }],
            meta: { extra_downloads: [] },
          },
        },
      ],
      NOW,
    );
    expect(data.rows).toHaveLength(90);
    expect(data.rows.at(-1)).toEqual({ date: '2026-11-20', values: [112, 0] });
    expect(data.rows.at(-2)).toEqual({ date: '2026-11-19', values: [1, 40] });
    expect(data.series).toEqual([
      { label: 'serde', colour: 'var(--chart-1)', dash: undefined, total: 113 },
      { label: 'tokio', colour: 'var(--chart-3)', dash: '2 3', total: 40 },
    ]);
    expect(data.total).toBe(153);
  });
});
