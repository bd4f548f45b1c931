import { describe, expect, it } from 'vitest';
import { formatBytes, formatCompact, formatNumber, formatRelative, plural } from './format';

describe('format', () => {
  it('formats numbers with separators and compactly', () => {
    expect(formatNumber(143345)).toBe('143,345');
    expect(formatCompact(1_234_567)).toBe('1.2M');
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
