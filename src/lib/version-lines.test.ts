import { describe, expect, it } from 'vitest';
import {
  adoptionData,
  adoptionSummary,
  formatShare,
  groupOf,
  semverLineOf,
  versionsToFetch,
} from './version-lines';

const DATES = ['2026-11-18', '2026-11-19', '2026-11-20'];
const daily = (...values: number[]) => new Map(values.map((n, i) => [DATES[i] ?? '', n]));

describe('semverLineOf', () => {
  it('names semver-compatible lines as Cargo resolves them', () => {
    expect(semverLineOf('1.4.2')).toBe('1.x');
    expect(semverLineOf('2.0.0')).toBe('2.x');
    expect(semverLineOf('0.9.3')).toBe('0.9.x');
    expect(semverLineOf('0.10.0')).toBe('0.10.x');
    expect(semverLineOf('0.0.3')).toBe('0.0.3');
    expect(semverLineOf('1.0.0+build.5')).toBe('1.x');
  });

  it('has no line for pre-releases and numbers that are not semver', () => {
    expect(semverLineOf('1.0.0-beta.1')).toBeNull();
    expect(semverLineOf('1.2')).toBeNull();
  });
});

describe('groupOf', () => {
  it('puts yanked versions apart before anything else, then pre-releases', () => {
    expect(groupOf({ num: '1.0.3', yanked: true })).toEqual({ kind: 'yanked', label: 'Yanked' });
    expect(groupOf({ num: '2.0.0-rc.1', yanked: true })).toEqual({
      kind: 'yanked',
      label: 'Yanked',
    });
    expect(groupOf({ num: '2.0.0-rc.1', yanked: false })).toEqual({
      kind: 'prerelease',
      label: 'Pre-releases',
    });
    expect(groupOf({ num: '0.8.5', yanked: false })).toEqual({ kind: 'line', label: '0.8.x' });
  });
});

describe('versionsToFetch', () => {
  const versions = [
    { num: '1.0.2', yanked: false, downloads: 500 },
    { num: '1.0.1', yanked: false, downloads: 900 },
    { num: '1.0.0', yanked: false, downloads: 100 },
    { num: '0.8.5', yanked: false, downloads: 700 },
    { num: '0.8.4', yanked: false, downloads: 50 },
    { num: '0.7.0', yanked: false, downloads: 10 },
    { num: '0.8.6', yanked: true, downloads: 5000 },
    { num: '2.0.0-beta.1', yanked: false, downloads: 4000 },
  ];

  it("takes each line's newest version first, lines by all-time downloads, then the second newest of each", () => {
    expect(versionsToFetch(versions, new Set(), 4)).toEqual(['1.0.2', '0.8.5', '0.7.0', '1.0.1']);
  });

  it('skips versions already known, never picks yanked or pre-releases, and stops at the cap', () => {
    expect(versionsToFetch(versions, new Set(['1.0.2']), 2)).toEqual(['1.0.1', '0.8.5']);
    expect(versionsToFetch(versions, new Set(), 100)).toHaveLength(6);
    expect(versionsToFetch(versions, new Set(), 0)).toEqual([]);
  });
});

describe('adoptionData', () => {
  const input = {
    dates: DATES,
    known: [
      { num: '1.0.1', yanked: false, daily: daily(60, 70, 80) },
      { num: '1.0.0', yanked: false, daily: daily(10, 10, 10) },
      { num: '0.8.5', yanked: false, daily: daily(20, 10, 0) },
      { num: '2.0.0-beta.1', yanked: false, daily: daily(5, 5, 5) },
      { num: '0.8.6', yanked: true, daily: daily(1, 1, 1) },
    ],
    // 4 more a day than the known versions: versions not broken out.
    totals: daily(100, 100, 100),
  };

  it('sums versions into their lines, newest line first, and keeps the rest apart', () => {
    const data = adoptionData(input, true);
    expect(data.groups.map((g) => [g.label, g.total])).toEqual([
      ['1.x', 240],
      ['0.8.x', 30],
      ['Pre-releases', 15],
      ['Yanked', 3],
      ['Other versions', 12],
    ]);
    expect(data.total).toBe(300);
    expect(data.groups[0]?.share).toBeCloseTo(0.8);
    expect(data.rows[2]).toEqual({ date: '2026-11-20', values: [90, 0, 5, 1, 4] });
  });

  it('leaves pre-releases and yanked versions out of the shares unless asked', () => {
    const data = adoptionData(input, false);
    expect(data.groups.map((g) => g.label)).toEqual(['1.x', '0.8.x', 'Other versions']);
    expect(data.total).toBe(282);
    expect(formatShare(data.groups[0]?.share ?? 0)).toBe('85 %');
  });

  it('ignores days outside the window and has no "Other versions" when all is known', () => {
    const data = adoptionData(
      {
        dates: DATES,
        known: [
          {
            num: '0.0.3',
            yanked: false,
            daily: new Map([
              ['2026-01-01', 99],
              ['2026-11-20', 7],
            ]),
          },
        ],
        totals: daily(0, 0, 7),
      },
      false,
    );
    expect(data.groups).toEqual([{ label: '0.0.3', kind: 'line', total: 7, share: 1 }]);
  });
});

describe('adoptionSummary', () => {
  it('names the leading line and the runner-up', () => {
    const data = adoptionData(
      {
        dates: DATES,
        known: [
          { num: '1.2.0', yanked: false, daily: daily(83, 83, 83) },
          { num: '0.8.1', yanked: false, daily: daily(12, 12, 12) },
        ],
        totals: daily(100, 100, 100),
      },
      false,
    );
    expect(adoptionSummary(data)).toBe(
      '83 % of downloads in the last 90 days are on 1.x; 0.8.x still gets 12 %.',
    );
  });

  it('says only the one line when there is one, and nothing without downloads', () => {
    const one = adoptionData(
      {
        dates: DATES,
        known: [{ num: '0.3.0', yanked: false, daily: daily(1, 1, 1) }],
        totals: daily(1, 1, 1),
      },
      false,
    );
    expect(adoptionSummary(one)).toBe('100 % of downloads in the last 90 days are on 0.3.x.');
    expect(
      adoptionSummary(adoptionData({ dates: DATES, known: [], totals: new Map() }, false)),
    ).toBeNull();
  });

  it('shows a tiny share as "< 1 %" rather than 0', () => {
    expect(formatShare(0.001)).toBe('< 1 %');
    expect(formatShare(0)).toBe('0 %');
    expect(formatShare(0.145)).toBe('15 %');
    expect(formatShare(1)).toBe('100 %');
  });
});
