import { describe, expect, it } from 'vitest';
import { isVersionNumber } from './version-number';

describe('isVersionNumber', () => {
  it('accepts SemVer numbers with prerelease and build parts', () => {
    for (const v of ['0.0.0', '1.44.1', '2.0.0-alpha.1', '1.0.0+build.5', '1.0.0-rc.1+x']) {
      expect([v, isVersionNumber(v)]).toEqual([v, true]);
    }
  });
  it('rejects words and partial numbers', () => {
    for (const v of ['features', 'code', '1.0', 'v1.0.0', '01.0.0', '1.0.0-']) {
      expect([v, isVersionNumber(v)]).toEqual([v, false]);
    }
  });
});
