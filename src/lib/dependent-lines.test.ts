import { describe, expect, it } from 'vitest';
import { requirementLine, splitByLine } from './dependent-lines';

describe('requirementLine', () => {
  it('puts 0.x minors on their own lines and 1+ majors on one', () => {
    expect(requirementLine('^0.8')).toBe('^0.8');
    expect(requirementLine('0.8.3')).toBe('^0.8');
    expect(requirementLine('^0.9.0')).toBe('^0.9');
    expect(requirementLine('~0.10')).toBe('^0.10');
    expect(requirementLine('1.0.219')).toBe('^1');
    expect(requirementLine('=1.0.5')).toBe('^1');
    expect(requirementLine('>=1.2, <2')).toBe('^1');
    expect(requirementLine('0.0.3')).toBe('^0.0.3');
    expect(requirementLine('*')).toBe('*');
    expect(requirementLine('^x.y')).toBeNull();
  });
});

describe('splitByLine', () => {
  it('counts dependents per line, most first', () => {
    expect(splitByLine(['^0.8', '0.9', '^0.8.5', '^0.10', '0.9.1', '^0.8'])).toEqual([
      { line: '^0.8', dependents: 3 },
      { line: '^0.9', dependents: 2 },
      { line: '^0.10', dependents: 1 },
    ]);
  });
});
