import { describe, expect, it } from 'vitest';
import type { OsvAdvisory, OsvEvent } from '@/api/advisories';
import {
  affectedRanges,
  aliasKind,
  currentAdvisories,
  cvssVector,
  patchedRanges,
  unmaintainedAdvisory,
} from './osv';

const advisory = (events: OsvEvent[], extra: Partial<OsvAdvisory> = {}): OsvAdvisory => ({
  id: 'RUSTSEC-2099-0001',
  modified: '2099-01-01T00:00:00Z',
  affected: [{ ranges: [{ type: 'SEMVER', events }] }],
  ...extra,
});

describe('affected and patched ranges', () => {
  it('reads a range from the first release to a fix', () => {
    const a = advisory([{ introduced: '0.0.0-0' }, { fixed: '1.5.5' }]);
    expect(affectedRanges(a)).toEqual(['< 1.5.5']);
    expect(patchedRanges(a)).toEqual(['>= 1.5.5']);
  });

  it('reads a fix on two release lines', () => {
    const a = advisory([
      { introduced: '0.1.14' },
      { fixed: '1.8.4' },
      { introduced: '1.9.0' },
      { fixed: '1.13.1' },
    ]);
    expect(affectedRanges(a)).toEqual(['>= 0.1.14, < 1.8.4', '>= 1.9.0, < 1.13.1']);
    expect(patchedRanges(a)).toEqual(['>= 1.8.4, < 1.9.0', '>= 1.13.1']);
  });

  it('sorts events given out of order, as OSV allows', () => {
    const a = advisory([
      { fixed: '1.13.1' },
      { introduced: '1.9.0' },
      { fixed: '1.8.4' },
      { introduced: '0' },
    ]);
    expect(affectedRanges(a)).toEqual(['< 1.8.4', '>= 1.9.0, < 1.13.1']);
  });

  it('reads open ranges, last_affected and limit', () => {
    expect(affectedRanges(advisory([{ introduced: '0.0.0-0' }]))).toEqual(['all versions']);
    expect(affectedRanges(advisory([{ introduced: '2.0.0' }]))).toEqual(['>= 2.0.0']);
    expect(affectedRanges(advisory([{ introduced: '0.1.0' }, { last_affected: '0.1.1' }]))).toEqual(
      ['>= 0.1.0, <= 0.1.1'],
    );
    expect(affectedRanges(advisory([{ introduced: '1.0.0' }, { limit: '2.0.0' }]))).toEqual([
      '>= 1.0.0, < 2.0.0',
    ]);
    expect(patchedRanges(advisory([{ introduced: '0.0.0-0' }]))).toEqual([]);
  });

  it('ignores GIT ranges and advisories without ranges', () => {
    const git: OsvAdvisory = {
      id: 'X',
      modified: '',
      affected: [
        { ranges: [{ type: 'GIT', events: [{ introduced: 'abc123' }, { fixed: 'def' }] }] },
      ],
    };
    expect(affectedRanges(git)).toEqual([]);
    expect(affectedRanges({ id: 'Y', modified: '' })).toEqual([]);
  });
});

describe('kinds of advisories', () => {
  const unmaintained = (extra: Partial<OsvAdvisory> = {}): OsvAdvisory => ({
    id: 'RUSTSEC-2099-0002',
    modified: '',
    affected: [
      {
        database_specific: { informational: 'unmaintained' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0.0.0-0' }] }],
      },
    ],
    ...extra,
  });

  it('finds the unmaintained advisory, unless it was withdrawn or a fix came out', () => {
    const vulnerability = advisory([{ introduced: '0.0.0-0' }, { fixed: '1.0.0' }]);
    expect(unmaintainedAdvisory([vulnerability, unmaintained()])?.id).toBe('RUSTSEC-2099-0002');
    expect(unmaintainedAdvisory([unmaintained({ withdrawn: '2099-02-01T00:00:00Z' })])).toBeNull();
    const revived = unmaintained();
    revived.affected = [
      {
        database_specific: { informational: 'unmaintained' },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0.0.0-0' }, { fixed: '2.0.0' }] }],
      },
    ];
    expect(unmaintainedAdvisory([revived])).toBeNull();
    expect(unmaintainedAdvisory([vulnerability])).toBeNull();
  });

  it('leaves withdrawn advisories out', () => {
    const list = [advisory([]), advisory([], { id: 'W', withdrawn: '2099-01-02T00:00:00Z' })];
    expect(currentAdvisories(list).map((a) => a.id)).toEqual(['RUSTSEC-2099-0001']);
  });

  it('prefers the CVSS 4 vector over the 3.1 one', () => {
    const both = advisory([], {
      severity: [
        { type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
        {
          type: 'CVSS_V4',
          score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N',
        },
      ],
    });
    expect(cvssVector(both)).toMatch(/^CVSS:4\.0\//);
    expect(cvssVector(advisory([]))).toBeNull();
  });

  it('tells CVE and GHSA aliases apart', () => {
    expect(aliasKind('CVE-2021-45710')).toBe('cve');
    expect(aliasKind('GHSA-fg7r-2g4j-5cgr')).toBe('ghsa');
    expect(aliasKind('OSV-2021-1')).toBe('other');
  });
});
