import { describe, expect, it } from 'vitest';
import { formatBytes, formatCompact, formatNumber, formatRelative } from './format';

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
