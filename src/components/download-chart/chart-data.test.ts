import { describe, expect, it } from 'vitest';
import {
  type CrateDownloadsInput,
  compareVersionsDesc,
  crateChartData,
  versionChartData,
  windowDates,
} from './chart-data';

const NOW = new Date('2026-11-20T12:00:00Z');
const OLD = '2020-01-01T00:00:00Z';

const input = (parts: Partial<CrateDownloadsInput>): CrateDownloadsInput => ({
  version_downloads: [],
  versions: [],
  meta: { extra_downloads: [] },
  ...parts,
});

/** The values of one series by date, for reading assertions. */
const seriesByDate = (data: ReturnType<typeof crateChartData>, label: string) => {
  const index = data.series.findIndex((s) => s.label === label);
  return Object.fromEntries(data.rows.map((row) => [row.date, row.values[index]]));
};

describe('windowDates', () => {
  it('gives 90 consecutive days ending on the UTC day of now', () => {
    const dates = windowDates(NOW);
    expect(dates).toHaveLength(90);
    expect(dates[0]).toBe('2026-08-23');
    expect(dates.at(-1)).toBe('2026-11-20');
    expect(new Set(dates).size).toBe(90);
  });

  it('uses the UTC day, whatever the local time zone or DST', () => {
    expect(windowDates(new Date('2026-11-20T00:30:00+02:00')).at(-1)).toBe('2026-11-19');
    // Across the March and October DST changes every day appears exactly once.
    const spring = windowDates(new Date('2026-04-15T23:59:59Z'));
    expect(spring).toContain('2026-03-29');
    expect(spring).toContain('2026-03-30');
    const autumn = windowDates(new Date('2026-11-02T00:00:00Z'));
    expect(autumn.filter((d) => d.startsWith('2026-10-2'))).toHaveLength(10);
  });
});

describe('compareVersionsDesc', () => {
  it('orders by semver, newest first, and tolerates invalid numbers', () => {
    const sorted = ['1.9.0', 'not-a-version', '1.10.0', '1.10.0-beta.2', '0.1.0', '1.2'].sort(
      compareVersionsDesc,
    );
    expect(sorted).toEqual(['1.10.0', '1.10.0-beta.2', '1.9.0', '0.1.0', 'not-a-version', '1.2']);
  });
});

describe('crateChartData', () => {
  const versions = [
    { id: 1, num: '1.9.0', created_at: OLD },
    { id: 3, num: '1.10.0', created_at: '2026-11-10T15:00:00Z' },
    { id: 2, num: '1.9.1', created_at: OLD },
  ];

  it('makes one series per version, newest first, and "Other" last', () => {
    const data = crateChartData(
      input({
        versions,
        version_downloads: [
          { version: 1, date: '2026-11-20', downloads: 5 },
          { version: 2, date: '2026-11-20', downloads: 7 },
          { version: 3, date: '2026-11-20', downloads: 11 },
        ],
        meta: { extra_downloads: [{ date: '2026-11-20', downloads: 100 }] },
      }),
      OLD,
      NOW,
    );
    expect(data.series.map((s) => s.label)).toEqual(['1.10.0', '1.9.1', '1.9.0', 'Other']);
    expect(data.rows.at(-1)).toEqual({ date: '2026-11-20', values: [11, 7, 5, 100] });
    expect(data.series.map((s) => s.colour)).toEqual([
      'var(--chart-1)',
      'var(--chart-2)',
      'var(--chart-3)',
      'var(--chart-8)',
    ]);
  });

  it('sums "Other" from extra_downloads and from versions it has no details for', () => {
    const data = crateChartData(
      input({
        versions: [versions[0] as (typeof versions)[0]],
        version_downloads: [
          { version: 1, date: '2026-11-19', downloads: 1 },
          { version: 99, date: '2026-11-19', downloads: 20 },
        ],
        meta: { extra_downloads: [{ date: '2026-11-19', downloads: 300 }] },
      }),
      OLD,
      NOW,
    );
    expect(seriesByDate(data, 'Other')['2026-11-19']).toBe(320);
    expect(seriesByDate(data, '1.9.0')['2026-11-19']).toBe(1);
  });

  it('has no "Other" when every download belongs to a listed version', () => {
    const data = crateChartData(input({ versions }), OLD, NOW);
    expect(data.series.map((s) => s.label)).not.toContain('Other');
  });

  it('fills missing days with 0 and ignores days outside the window', () => {
    const data = crateChartData(
      input({
        versions,
        version_downloads: [
          { version: 1, date: '2026-11-01', downloads: 4 },
          { version: 1, date: '2026-08-22', downloads: 1000 },
        ],
      }),
      OLD,
      NOW,
    );
    const values = seriesByDate(data, '1.9.0');
    expect(data.rows).toHaveLength(90);
    expect(values['2026-11-01']).toBe(4);
    expect(values['2026-11-02']).toBe(0);
    expect(values['2026-08-23']).toBe(0);
    expect(data.series.find((s) => s.label === '1.9.0')?.total).toBe(4);
  });

  it("starts each version's series the day before it was published", () => {
    const data = crateChartData(input({ versions }), OLD, NOW);
    const values = seriesByDate(data, '1.10.0');
    expect(values['2026-11-08']).toBeNull();
    expect(values['2026-11-09']).toBe(0);
    expect(values['2026-11-20']).toBe(0);
  });

  it("cuts every series, Other included, to the day before the crate's creation", () => {
    const data = crateChartData(
      input({
        versions,
        meta: { extra_downloads: [{ date: '2026-10-05', downloads: 9 }] },
      }),
      '2026-10-01T08:00:00Z',
      NOW,
    );
    for (const label of ['1.9.0', 'Other']) {
      const values = seriesByDate(data, label);
      expect(values['2026-09-29']).toBeNull();
      expect(values['2026-09-30']).toBe(0);
    }
    // A version newer than the crate keeps its own, later start.
    expect(seriesByDate(data, '1.10.0')['2026-11-08']).toBeNull();
  });

  it('totals the window over every series', () => {
    const data = crateChartData(
      input({
        versions,
        version_downloads: [
          { version: 1, date: '2026-11-18', downloads: 10 },
          { version: 1, date: '2026-11-19', downloads: 15 },
          { version: 2, date: '2026-11-19', downloads: 5 },
        ],
        meta: { extra_downloads: [{ date: '2026-09-01', downloads: 70 }] },
      }),
      OLD,
      NOW,
    );
    expect(data.series.map((s) => s.total)).toEqual([0, 5, 25, 70]);
    expect(data.total).toBe(100);
  });

  it('gives 90 empty rows and no series for a crate without data', () => {
    const data = crateChartData(input({ versions: null }), OLD, NOW);
    expect(data.series).toEqual([]);
    expect(data.rows).toHaveLength(90);
    expect(data.rows[0]?.values).toEqual([]);
    expect(data.total).toBe(0);
  });
});

describe('versionChartData', () => {
  it('charts that version alone, from the day before it was published', () => {
    const data = versionChartData(
      {
        version_downloads: [
          { version: 3, date: '2026-11-12', downloads: 8 },
          { version: 3, date: '2026-11-20', downloads: 2 },
        ],
      },
      { num: '1.10.0', created_at: '2026-11-10T15:00:00Z' },
      NOW,
    );
    expect(data.series).toEqual([{ label: '1.10.0', colour: 'var(--chart-1)', total: 10 }]);
    const values = Object.fromEntries(data.rows.map((r) => [r.date, r.values[0]]));
    expect(values['2026-11-08']).toBeNull();
    expect(values['2026-11-09']).toBe(0);
    expect(values['2026-11-12']).toBe(8);
    expect(data.total).toBe(10);
  });
});
