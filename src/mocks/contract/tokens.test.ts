// Contract cases for API tokens.
import { describe, expect, it } from 'vitest';
import { check, mockRegistry } from './harness';

async function createToken(name: string) {
  const body = await check('create_api_token', 200, '/api/v1/me/tokens', {
    method: 'PUT',
    body: { api_token: { name } },
  });
  return body.api_token as { id: number; token: string };
}

describe('API tokens', () => {
  it('create_api_token answers a scoped token, once, with its secret', async () => {
    mockRegistry.login('ferris-demo');
    const body = await check('create_api_token', 200, '/api/v1/me/tokens', {
      method: 'PUT',
      body: {
        api_token: {
          name: 'contract',
          endpoint_scopes: ['publish-update'],
          crate_scopes: ['serde*'],
          expired_at: null,
        },
      },
    });
    expect(body.api_token.token).toMatch(/^cio/);
  });

  it('create_api_token refuses an empty name', async () => {
    mockRegistry.login('ferris-demo');
    await check('create_api_token', 400, '/api/v1/me/tokens', {
      method: 'PUT',
      body: { api_token: { name: '' } },
    });
  });

  it('list_api_tokens and find_api_token answer the tokens', async () => {
    mockRegistry.login('ferris-demo');
    const created = await createToken('contract');
    const listed = await check('list_api_tokens', 200, '/api/v1/me/tokens?expired_days=30');
    expect(listed.api_tokens.map((t: { name: string }) => t.name)).toContain('contract');
    const found = await check('find_api_token', 200, `/api/v1/me/tokens/${created.id}`);
    expect(found.api_token.name).toBe('contract');
  });

  it('list_api_tokens refuses without a session', async () => {
    await check('list_api_tokens', 403, '/api/v1/me/tokens');
  });

  it('revoke_api_token revokes a token', async () => {
    mockRegistry.login('ferris-demo');
    const created = await createToken('contract');
    await check('revoke_api_token', 200, `/api/v1/me/tokens/${created.id}`, { method: 'DELETE' });
    await check('find_api_token', 404, `/api/v1/me/tokens/${created.id}`);
  });

  it('revoke_current_api_token revokes the token that authenticates the request', async () => {
    mockRegistry.login('ferris-demo');
    const created = await createToken('cargo');
    await check('revoke_current_api_token', 204, '/api/v1/tokens/current', {
      method: 'DELETE',
      headers: { Authorization: created.token },
    });
  });
});
