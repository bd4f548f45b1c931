import { describe, expect, it } from 'vitest';
import { isPrerelease, leadsTrack, releaseTrackOf } from './release-tracks';

describe('release tracks', () => {
  it('names the track of a version', () => {
    expect(releaseTrackOf('1.4.2')).toBe('1.x');
    expect(releaseTrackOf('0.4.9')).toBe('0.4');
    expect(releaseTrackOf('0.0.3')).toBe('0.0.3');
    expect(releaseTrackOf('2.0.0-beta.1')).toBeNull();
  });

  it('tells which version leads its track', () => {
    const tracks = { '1.x': { highest: '1.4.2' }, '0.4': { highest: '0.4.9' } };
    expect(leadsTrack('1.4.2', tracks)).toBe('1.x');
    expect(leadsTrack('1.4.1', tracks)).toBeNull();
    expect(isPrerelease('2.0.0-beta.1')).toBe(true);
  });
});
