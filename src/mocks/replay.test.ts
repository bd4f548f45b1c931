import { describe, expect, it } from 'vitest';
import { createMockRegistry } from './registry';
import { replay } from './replay';

const now = new Date('2026-11-20T12:00:00Z');

describe('replaying the browser registry log', () => {
  it('restores a login (GET begin + authorize) and later writes', async () => {
    const first = createMockRegistry({ now });
    const log: Parameters<typeof replay>[1] = [];
    const record = async (method: string, url: string, body?: unknown) => {
      const response = await fetch(url, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      log.push({
        at: now.toISOString(),
        method,
        url,
        body: body === undefined ? '' : JSON.stringify(body),
      });
      return response.json();
    };
    // The test server serves the shared registry; record against it, replay onto a fresh one.
    const begin = await record('GET', 'http://localhost/api/private/session/begin');
    await record(
      'GET',
      `http://localhost/api/private/session/authorize?code=mock-ferris-demo&state=${begin.state}`,
    );
    await record('PUT', 'http://localhost/api/v1/crates/hex/follow');
    expect(first.db.sessionUserId).toBeNull();

    const fresh = createMockRegistry({ now });
    await replay(fresh, log);
    const demo = fresh.db.userByLogin('ferris-demo');
    expect(fresh.db.sessionUserId).toBe(demo?.id);
    expect(fresh.db.followedBy(demo?.id ?? 0).has(fresh.db.crateByName('hex')?.id ?? 0)).toBe(true);
  });
});
