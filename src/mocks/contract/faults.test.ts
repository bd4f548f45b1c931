// Contract cases for injected faults: every one answers in the spec's error envelope.
import { describe, expect, it } from 'vitest';
import { check, mockRegistry } from './harness';

describe('faults', () => {
  it('a status fault answers that status', async () => {
    mockRegistry.fault('get_summary', { kind: 'status', status: 500 });
    await check('get_summary', 500, '/api/v1/summary');
  });

  it('a read-only fault answers 503', async () => {
    mockRegistry.fault('get_summary', { kind: 'read-only' });
    await check('get_summary', 503, '/api/v1/summary');
  });

  it('a rate limit answers 429 with Retry-After, once', async () => {
    mockRegistry.fault('*', { kind: 'rate-limit', retryAfter: 12, times: 1 });
    const limited = await fetch('http://localhost/api/v1/site_metadata');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('12');
    await check('get_site_metadata', 200, '/api/v1/site_metadata');
  });

  it('read-only mode refuses writes with 503', async () => {
    mockRegistry.setReadOnly(true);
    mockRegistry.login('ferris-demo');
    const body = await check('follow_crate', 503, '/api/v1/crates/serde/follow', { method: 'PUT' });
    expect(body.errors[0].detail).toMatch(/read-only/);
  });
});
