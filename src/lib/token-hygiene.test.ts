import { describe, expect, it } from 'vitest';
import type { ApiToken } from '@/api/types';
import { coversOnlyCrate, tokenFlags } from './token-hygiene';

const now = new Date('2026-11-20T12:00:00Z');
const token = (fields: Partial<ApiToken>): ApiToken => ({
  id: 1,
  name: 't',
  created_at: '2026-11-01T00:00:00Z',
  last_used_at: '2026-11-19T00:00:00Z',
  expired_at: '2027-01-01T00:00:00Z',
  crate_scopes: ['serde'],
  endpoint_scopes: ['publish-update'],
  ...fields,
});

describe('token hygiene', () => {
  it('passes a scoped, expiring, recently used token', () => {
    expect(tokenFlags(token({}), now)).toEqual([]);
  });

  it('flags a legacy token: never expires, every crate, every endpoint', () => {
    expect(
      tokenFlags(token({ expired_at: null, crate_scopes: null, endpoint_scopes: null }), now),
    ).toEqual(['never-expires', 'all-crates', 'all-endpoints']);
  });

  it('counts 90 days without use from the last use, or from creation when never used', () => {
    expect(tokenFlags(token({ last_used_at: '2026-08-22T12:00:00Z' }), now)).toEqual(['unused']);
    expect(tokenFlags(token({ last_used_at: '2026-08-23T12:00:00Z' }), now)).toEqual([]);
    expect(
      tokenFlags(token({ last_used_at: null, created_at: '2026-01-01T00:00:00Z' }), now),
    ).toEqual(['unused']);
  });

  it('says only "expired" of an expired token', () => {
    expect(
      tokenFlags(token({ expired_at: '2026-11-10T00:00:00Z', crate_scopes: null }), now),
    ).toEqual(['expired']);
  });

  it('knows a token that can publish only one crate', () => {
    expect(coversOnlyCrate(token({ crate_scopes: ['shell_quote-rs'] }), 'shell-quote-rs')).toBe(
      true,
    );
    expect(coversOnlyCrate(token({ crate_scopes: ['shell-*'] }), 'shell-quote-rs')).toBe(false);
    expect(
      coversOnlyCrate(token({ crate_scopes: ['shell-quote-rs', 'serde'] }), 'shell-quote-rs'),
    ).toBe(false);
    expect(coversOnlyCrate(token({ crate_scopes: null }), 'shell-quote-rs')).toBe(false);
  });
});
