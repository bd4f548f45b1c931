import { describe, expect, it } from 'vitest';
import { compareSemverDesc, resolveRequirement, toSemverRange } from './cargo-semver';

const versions = [
  { num: '0.1.0', yanked: false },
  { num: '0.2.0', yanked: false },
  { num: '0.2.1', yanked: true },
  { num: '1.0.0', yanked: false },
  { num: '1.4.2', yanked: false },
  { num: '1.5.0', yanked: true },
  { num: '2.0.0-alpha.1', yanked: false },
];

describe('cargo requirements', () => {
  it('treats a bare version as a caret requirement', () => {
    expect(resolveRequirement('1.0', versions)?.num).toBe('1.4.2');
    expect(resolveRequirement('0.2', versions)?.num).toBe('0.2.0');
  });

  it('resolves caret, tilde, comparison and "and" requirements', () => {
    expect(resolveRequirement('^0.1', versions)?.num).toBe('0.1.0');
    expect(resolveRequirement('~1.4', versions)?.num).toBe('1.4.2');
    expect(resolveRequirement('>=0.2, <1.4', versions)?.num).toBe('1.0.0');
    expect(resolveRequirement('=0.1.0', versions)?.num).toBe('0.1.0');
    expect(resolveRequirement('*', versions)?.num).toBe('1.4.2');
  });

  it('ignores yanked versions when it can and falls back to them when it must', () => {
    expect(resolveRequirement('>=1.5', versions)?.num).toBe('1.5.0');
    expect(resolveRequirement('=0.2.1', versions)?.num).toBe('0.2.1');
  });

  it('answers null when nothing matches or the requirement is invalid', () => {
    expect(resolveRequirement('^3', versions)).toBeNull();
    expect(resolveRequirement('not a range', versions)).toBeNull();
    expect(toSemverRange('')).toBeNull();
  });

  it('orders version numbers newest first', () => {
    expect(['1.0.0', 'x', '1.10.0', '1.2.0'].sort(compareSemverDesc)).toEqual([
      '1.10.0',
      '1.2.0',
      '1.0.0',
      'x',
    ]);
  });
});
