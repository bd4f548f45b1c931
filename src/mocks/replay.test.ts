import { getResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createMockRegistry } from './registry';
import { type LoggedRequest, replay } from './replay';

const now = new Date('2026-11-20T12:00:00Z');

/** The demo user's session, follows and token names, as a registry has them. */
function stateOf(registry: ReturnType<typeof createMockRegistry>) {
  const { db } = registry;
  const hex = db.crateByName('hex')?.id ?? -1;
  const demo = db.userByLogin('ferris-demo')?.id ?? -1;
  return {
    session: db.sessionUser()?.login ?? null,
    followsHex: db.followedBy(demo).has(hex),
    tokens: db.tokens
      .filter((t) => t.user_id === demo && t.name === 'replayed')
      .map((t) => ({ name: t.name, created_at: t.created_at })),
  };
}

describe('replaying the browser registry log', () => {
  it('restores a login (GET begin + authorize) and later writes, each at its own time', async () => {
    // Record as the browser does: the registry's change hook appends to the log
    // (here at 12:01, 12:02, ... so the replayed dates can be told apart from `now`).
    const first = createMockRegistry({ now });
    const log: LoggedRequest[] = [];
    first.onChange = (request, body) => {
      log.push({
        at: `2026-11-20T12:0${log.length + 1}:00.000Z`,
        method: request.method,
        url: request.url,
        body,
      });
    };
    const send = async (method: string, url: string, body?: unknown) => {
      const response = await getResponse(
        first.handlers,
        new Request(`http://localhost${url}`, {
          method,
          headers: { 'Content-Type': 'application/json' },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      );
      return response?.json();
    };
    const begin = await send('GET', '/api/private/session/begin');
    await send('GET', `/api/private/session/authorize?code=mock-ferris-demo&state=${begin.state}`);
    await send('PUT', '/api/v1/crates/hex/follow');
    await send('PUT', '/api/v1/me/tokens', { api_token: { name: 'replayed' } });

    expect(
      log.map((entry) => `${entry.method} ${entry.url.replace(/state=\w+/, 'state=…')}`),
    ).toEqual([
      'GET http://localhost/api/private/session/begin',
      'GET http://localhost/api/private/session/authorize?code=mock-ferris-demo&state=…',
      'PUT http://localhost/api/v1/crates/hex/follow',
      'PUT http://localhost/api/v1/me/tokens',
    ]);
    expect(stateOf(first).session).toBe('ferris-demo');

    const fresh = createMockRegistry({ now });
    expect(stateOf(fresh)).toEqual({ session: null, followsHex: false, tokens: [] });
    // The token was created by the fourth request, logged at 12:04.
    await replay(fresh, log);
    expect(stateOf(fresh)).toEqual({
      session: 'ferris-demo',
      followsHex: true,
      tokens: [{ name: 'replayed', created_at: '2026-11-20T12:04:00.000Z' }],
    });
  });
});
