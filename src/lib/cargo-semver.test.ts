import { describe, expect, it } from 'vitest';
import {
  explainRequirement,
  resolveRequirement,
  sortSemverDesc,
  toSemverRange,
} from './cargo-semver';

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
    expect(sortSemverDesc(['1.0.0', 'x', '1.10.0', '2.0.0-rc.1', 'a', '1.2.0'], (n) => n)).toEqual([
      '2.0.0-rc.1',
      '1.10.0',
      '1.2.0',
      '1.0.0',
      'x',
      'a',
    ]);
  });
});

describe('requirements in words', () => {
  // The tables of the Cargo book's "Specifying Dependencies" chapter.
  it.each([
    ['^1.2.3', '>=1.2.3, <2.0.0'],
    ['^1.2', '>=1.2.0, <2.0.0'],
    ['^1', '>=1.0.0, <2.0.0'],
    ['^0.2.3', '>=0.2.3, <0.3.0'],
    ['^0.2', '>=0.2.0, <0.3.0'],
    ['^0.0.3', '>=0.0.3, <0.0.4'],
    ['^0.0', '>=0.0.0, <0.1.0'],
    ['^0', '>=0.0.0, <1.0.0'],
    ['0.8.0', '>=0.8.0, <0.9.0'],
    ['~1.2.3', '>=1.2.3, <1.3.0'],
    ['~1.2', '>=1.2.0, <1.3.0'],
    ['~1', '>=1.0.0, <2.0.0'],
    ['*', '>=0.0.0'],
    ['1.*', '>=1.0.0, <2.0.0'],
    ['1.2.*', '>=1.2.0, <1.3.0'],
    ['=1.0.219', '=1.0.219'],
    ['>= 1.2, < 1.5', '>=1.2.0, <1.5.0'],
  ])('%s means %s', (requirement, meaning) => {
    expect(explainRequirement(requirement)).toBe(meaning);
  });

  it('refuses what Cargo refuses', () => {
    expect(explainRequirement('latest')).toBeNull();
  });
});
