import { describe, expect, it } from 'vitest';
import { deletionBlockers, maxDownloads } from './crate-deletion';

const now = new Date('2026-11-20T12:00:00Z');
const facts = { now, owners: 1, downloads: 0, dependents: 0 };

describe('deletionBlockers', () => {
  it('lets anything but a depended-on crate go within 72 hours', () => {
    const young = { ...facts, createdAt: '2026-11-18T12:00:00Z', owners: 3, downloads: 1e6 };
    expect(deletionBlockers(young)).toEqual([]);
    expect(deletionBlockers({ ...young, dependents: 2 })).toEqual([
      'only crates without reverse dependencies can be deleted',
    ]);
  });

  it('after 72 hours needs one owner and few downloads', () => {
    const old = { ...facts, createdAt: '2026-05-20T12:00:00Z' };
    expect(deletionBlockers(old)).toEqual([]);
    expect(deletionBlockers({ ...old, owners: 2, downloads: 8000, dependents: 1 })).toEqual([
      'only crates with a single owner can be deleted after 72 hours',
      'only crates with less than 1000 downloads per month can be deleted after 72 hours',
      'only crates without reverse dependencies can be deleted',
    ]);
  });

  it('allows 1,000 downloads per started month', () => {
    expect(maxDownloads(4 * 86_400_000)).toBe(1000);
    expect(maxDownloads(31 * 86_400_000)).toBe(2000);
    const twoMonths = { ...facts, createdAt: '2026-09-21T12:00:00Z' }; // 60 days
    expect(deletionBlockers({ ...twoMonths, downloads: 2000 })).toEqual([]);
    expect(deletionBlockers({ ...twoMonths, downloads: 2001 })).toHaveLength(1);
  });
});
