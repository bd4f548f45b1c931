// Every operation of the spec has a contract case: a case is a check('<operationId>', ...)
// call in one of this folder's test files. Read from the sources, so this file runs
// alone, in any order, and fails as soon as an operation loses its last case.
import { describe, expect, it } from 'vitest';
import { operations } from './harness';

const sources = import.meta.glob<string>('./*.test.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});

function checkedOperations() {
  const ids = new Set<string>();
  for (const source of Object.values(sources)) {
    for (const match of source.matchAll(/\bcheck\(\s*'([a-z_]+)'/g)) ids.add(match[1] ?? '');
  }
  return ids;
}

describe('contract coverage', () => {
  it('reads the case files', () => {
    expect(Object.keys(sources).length).toBeGreaterThanOrEqual(8);
  });

  it('has a case for every operation of the spec', () => {
    const checked = checkedOperations();
    expect([...operations.keys()].filter((id) => !checked.has(id)).sort()).toEqual([]);
  });

  it('checks only operations the spec has', () => {
    expect([...checkedOperations()].filter((id) => !operations.has(id)).sort()).toEqual([]);
  });
});
