import { describe, expect, it } from 'vitest';
import { classifyFreshness, freshnessSummary } from './freshness';

describe('dependency freshness', () => {
  it('is up to date when the newest stable release matches', () => {
    expect(classifyFreshness('^1.0', '1.0.219')).toEqual({
      status: 'up-to-date',
      newest: '1.0.219',
      prerelease: false,
    });
    expect(classifyFreshness('*', '3.1.0').status).toBe('up-to-date');
  });

  it('is behind a minor when a newer compatible release is outside the requirement', () => {
    expect(classifyFreshness('~1.2', '1.5.0')).toEqual({ status: 'behind-minor', newest: '1.5.0' });
    expect(classifyFreshness('=1.0.219', '1.0.220').status).toBe('behind-minor');
    expect(classifyFreshness('>=0.4.1, <0.4.5', '0.4.27').status).toBe('behind-minor');
  });

  it('is behind a major across breaking lines, and 0.x to 0.y is breaking', () => {
    expect(classifyFreshness('^1.3', '2.0.1')).toEqual({
      status: 'behind-major',
      newest: '2.0.1',
      zeroMinor: false,
    });
    expect(classifyFreshness('^0.8.0', '0.9.0')).toEqual({
      status: 'behind-major',
      newest: '0.9.0',
      zeroMinor: true,
    });
    expect(classifyFreshness('^0.0.3', '0.0.4').status).toBe('behind-major');
    expect(classifyFreshness('^0.9', '1.0.0').status).toBe('behind-major');
  });

  it('treats a requirement on an upcoming pre-release as up to date', () => {
    expect(classifyFreshness('^2.0.0-alpha.1', '1.4.2')).toEqual({
      status: 'up-to-date',
      newest: '1.4.2',
      prerelease: true,
    });
  });

  it('is unknown without a stable release or with an unreadable requirement', () => {
    expect(classifyFreshness('^1', null)).toEqual({ status: 'unknown', newest: null });
    expect(classifyFreshness('not a range', '1.0.0').status).toBe('unknown');
  });

  it('sums up the list', () => {
    expect(freshnessSummary(['behind-major', 'up-to-date', 'behind-major', 'behind-minor'])).toBe(
      '2 of 4 dependencies are behind a major version; 1 is behind a minor version',
    );
    expect(freshnessSummary(['up-to-date', 'behind-minor'])).toBe(
      '1 of 2 dependencies is behind a minor version',
    );
    expect(freshnessSummary(['up-to-date', 'up-to-date'])).toBe(
      'All 2 dependencies are up to date',
    );
    expect(freshnessSummary(['up-to-date', 'unknown'])).toBe('1 of 2 dependencies is up to date');
  });
});
