import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCompact,
  formatDate,
  formatDateTime,
  formatDay,
  formatLongDate,
  formatNumber,
  formatRelative,
  formatTime,
  plural,
} from './format';

describe('format', () => {
  it('formats numbers with separators and compactly', () => {
    expect(formatNumber(143345)).toBe('143,345');
    expect(formatCompact(1_234_567)).toBe('1.2M');
  });

  // The outputs Intl.NumberFormat('en-US') gives (checked against it when Intl was replaced).
  it('writes numbers as en-US does', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(8_123_456_789)).toBe('8,123,456,789');
    expect(formatNumber(-1234)).toBe('-1,234');
    expect(formatNumber(1234.5678)).toBe('1,234.568');
    expect(formatNumber(-0.0004)).toBe('0');
  });

  it('writes compact numbers as en-US does, one decimal at most', () => {
    expect(formatCompact(999)).toBe('999');
    expect(formatCompact(1000)).toBe('1K');
    expect(formatCompact(1049)).toBe('1K');
    expect(formatCompact(1050)).toBe('1.1K');
    expect(formatCompact(15_300)).toBe('15.3K');
    expect(formatCompact(153_400)).toBe('153.4K');
    expect(formatCompact(999_949)).toBe('999.9K');
    expect(formatCompact(999_950)).toBe('1M');
    expect(formatCompact(1_500_000_000)).toBe('1.5B');
    expect(formatCompact(2.5e12)).toBe('2.5T');
    expect(formatCompact(-1234)).toBe('-1.2K');
  });

  it('writes dates and times in local time', () => {
    const date = new Date(2026, 10, 20, 9, 5);
    expect(formatDate(date.toISOString())).toBe('Nov 20, 2026');
    expect(formatLongDate(date)).toBe('November 20, 2026');
    expect(formatTime(date)).toBe('09:05');
    expect(formatDateTime(date.toISOString())).toBe('November 20, 2026 at 09:05');
    expect(formatTime(new Date(2026, 0, 1, 23, 59))).toBe('23:59');
  });

  // What Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' }) gave.
  it('writes chart days as the UTC date they name', () => {
    expect(formatDay('2026-11-20')).toBe('Nov 20');
    expect(formatDay('2026-09-04')).toBe('Sep 4');
    expect(formatDay('2027-01-01')).toBe('Jan 1');
    expect(formatDay('2026-12-31')).toBe('Dec 31');
  });

  it('formats sizes in binary units as crates.io does', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(12_595)).toBe('12.3 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
  });

  it('formats dates relative to now', () => {
    const now = new Date('2026-11-20T12:00:00Z');
    expect(formatRelative('2026-11-17T10:00:00Z', now)).toBe('3 days ago');
    expect(formatRelative('2026-12-19T12:00:00Z', now)).toBe('in 29 days');
  });
});

describe('relative dates', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  it('uses the largest whole unit', () => {
    expect(formatRelative('2026-11-20T11:59:30Z', now)).toBe('30 seconds ago');
    expect(formatRelative('2026-11-20T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatRelative('2026-10-01T12:00:00Z', now)).toBe('1 month ago');
    expect(formatRelative('2024-11-01T12:00:00Z', now)).toBe('2 years ago');
    expect(formatRelative('2026-11-20T12:00:00Z', now)).toBe('just now');
    expect(formatRelative('2026-11-21T12:00:00Z', now)).toBe('in 1 day');
    expect(formatRelative('2026-11-20T11:59:00Z', now)).toBe('1 minute ago');
  });
});

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'version')).toBe('1 version');
    expect(plural(0, 'version')).toBe('0 versions');
    expect(plural(2100, 'version')).toBe('2,100 versions');
    expect(plural(2, 'dependency', 'dependencies')).toBe('2 dependencies');
  });
});
