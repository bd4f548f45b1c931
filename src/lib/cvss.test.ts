import { describe, expect, it } from 'vitest';
import { cvssScore } from './cvss';

describe('CVSS base scores', () => {
  it('scores 3.1 and 4.0 vectors with their qualitative rating', () => {
    expect(cvssScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H')).toEqual({
      version: '3.1',
      score: 7.5,
      severity: 'High',
    });
    expect(cvssScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:L/A:N')).toEqual({
      version: '3.1',
      score: 4.8,
      severity: 'Medium',
    });
    expect(cvssScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toEqual({
      version: '4.0',
      score: 9.3,
      severity: 'Critical',
    });
  });

  it('gives null for a vector it cannot read', () => {
    expect(cvssScore('CVSS:3.1/AV:Q')).toBeNull();
    expect(cvssScore('not a vector')).toBeNull();
  });
});
