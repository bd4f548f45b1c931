import { describe, expect, it } from 'vitest';
import { checkCratePattern, describeExpiry, expiryFor, listInWords } from './token-scopes';

describe('crate scope patterns', () => {
  it('explains valid patterns', () => {
    expect(checkCratePattern('serde')).toEqual({
      valid: true,
      message: 'Matches only the serde crate',
    });
    expect(checkCratePattern('serde-*')).toEqual({
      valid: true,
      message: 'Matches all crates starting with serde-',
    });
    expect(checkCratePattern('*')).toEqual({
      valid: true,
      message: 'Matches all crates on crates.io',
    });
  });

  it('rejects empty and invalid patterns', () => {
    expect(checkCratePattern('  ')).toEqual({
      valid: false,
      message: 'Please enter a crate name pattern',
    });
    expect(checkCratePattern('inv@lid').valid).toBe(false);
    expect(checkCratePattern('-serde').valid).toBe(false);
    expect(checkCratePattern('ser*de').valid).toBe(false);
    expect(checkCratePattern('serde**').valid).toBe(false);
  });
});

describe('token expiry', () => {
  const now = new Date('2026-11-20T12:00:00Z');

  it('adds the chosen days, or never expires', () => {
    expect(expiryFor('30', now, '')?.toISOString()).toBe('2026-12-20T12:00:00.000Z');
    expect(expiryFor('none', now, '')).toBeNull();
  });

  it('needs a future custom date', () => {
    expect(expiryFor('custom', now, '')).toBeUndefined();
    expect(expiryFor('custom', now, '2020-01-01')).toBeUndefined();
    expect(expiryFor('custom', now, '2027-01-31')?.getFullYear()).toBe(2027);
  });

  it('spells the result out', () => {
    expect(describeExpiry(new Date('2027-02-18T12:00:00Z'))).toBe(
      'The token will expire on February 18, 2027.',
    );
    expect(describeExpiry(null)).toBe('The token will never expire.');
  });

  it('lists scopes in words', () => {
    expect(listInWords(['publish-new', 'publish-update', 'yank'])).toBe(
      'publish-new, publish-update, and yank',
    );
  });
});
