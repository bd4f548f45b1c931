import { describe, expect, it } from 'vitest';
import type { ChartData } from './chart-data';
import { shareBands, tickDays } from './share-bands';

const data = (rows: (number | null)[][]): ChartData => ({
  series: [
    { label: '1.x', colour: 'var(--chart-1)', total: 0 },
    { label: 'Other versions', colour: 'var(--chart-8)', total: 0 },
  ],
  rows: rows.map((values, i) => ({ date: `2026-11-0${i + 1}`, values })),
  total: 0,
});

describe('shareBands', () => {
  // Paths checked against d3-shape's area and line with curveMonotoneX and stackOffsetExpand
  // (recharts' stacked percent areas) when this was written.
  it('stacks each day as shares from the bottom, with monotone curves', () => {
    const [first, second] = shareBands(
      data([
        [1, 1],
        [3, 1],
        [0, 0],
      ]),
    );
    expect(first?.label).toBe('1.x');
    expect(first?.colour).toBe('var(--chart-1)');
    // 50 %, 75 %, then a day without downloads: nothing stacked (0 %).
    expect(first?.line).toBe('M0,50C0.33,37.5,0.67,25,1,25C1.33,25,1.67,62.5,2,100');
    expect(first?.area).toBe(
      'M0,50C0.33,37.5,0.67,25,1,25C1.33,25,1.67,62.5,2,100L2,100C1.67,100,1.33,100,1,100C0.67,100,0.33,100,0,100Z',
    );
    // The top band reaches 100 % on days with downloads.
    expect(second?.line).toBe('M0,0C0.33,0,0.67,0,1,0C1.33,0,1.67,50,2,100');
  });

  it('draws two days as a straight band and reads missing values as none', () => {
    const [first] = shareBands(
      data([
        [1, 3],
        [null, 2],
      ]),
    );
    expect(first?.line).toBe('M0,75C0.33,83.33,0.67,91.67,1,100');
  });
});

describe('tickDays', () => {
  it('spreads the labelled days evenly, first and last included', () => {
    expect(tickDays(90, 5)).toEqual([0, 22, 45, 67, 89]);
    expect(tickDays(3, 5)).toEqual([0, 1, 2]);
    expect(tickDays(1, 5)).toEqual([0]);
    expect(tickDays(0, 5)).toEqual([]);
  });
});
