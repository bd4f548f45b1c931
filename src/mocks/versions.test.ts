import { describe, expect, it } from 'vitest';
import type { VersionRow } from './db';
import { defaultVersion, releaseTrack, releaseTracks } from './versions';

let id = 0;
const v = (num: string, yanked = false, created = '2026-01-01'): VersionRow =>
  ({ id: ++id, num, yanked, created_at: `${created}T00:00:00Z` }) as VersionRow;

describe("the registry's default version", () => {
  it('is the highest stable non-yanked version, even with higher pre-releases', () => {
    expect(defaultVersion([v('1.0.0'), v('1.1.0'), v('2.0.0-beta.1')])?.num).toBe('1.1.0');
  });

  it('skips yanked versions', () => {
    expect(defaultVersion([v('1.0.0'), v('1.1.0', true)])?.num).toBe('1.0.0');
  });

  it('falls back to the highest non-yanked pre-release', () => {
    expect(defaultVersion([v('1.0.0', true), v('2.0.0-alpha.1'), v('2.0.0-alpha.2')])?.num).toBe(
      '2.0.0-alpha.2',
    );
  });

  it('is the newest version when every version is yanked', () => {
    expect(
      defaultVersion([
        v('0.3.0', true, '2026-01-01'),
        v('0.1.0', true, '2026-03-01'),
        v('0.2.0', true, '2026-02-01'),
      ])?.num,
    ).toBe('0.1.0');
  });
});

describe('release tracks', () => {
  it('names tracks and finds the highest non-yanked stable version of each', () => {
    expect(releaseTrack('1.4.2')).toBe('1.x');
    expect(releaseTrack('0.4.9')).toBe('0.4');
    expect(
      releaseTracks([v('1.0.0'), v('1.2.0'), v('1.3.0', true), v('0.9.1'), v('2.0.0-rc.1')]),
    ).toEqual({
      '1.x': { highest: '1.2.0' },
      '0.9': { highest: '0.9.1' },
    });
  });
});
