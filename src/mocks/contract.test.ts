// The mock registry against the contract: every operation of the spec is
// called (logged in and out), and every answer is validated with ajv against
// the response schema of the spec plus the GAPS.md overlay.
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyOverlay } from '../../scripts/spec-overlay.mjs';
import source from '../api/openapi.json';
import { mockRegistry } from './node';

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
type Spec = {
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, Response> }>
  >;
  components: unknown;
};
type Response = { content?: { 'application/json'?: { schema: object } } };

const spec = applyOverlay(source) as Spec;
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('int32', {
  type: 'number',
  validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
});
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });

const operations = new Map<string, { path: string; method: Method }>();
for (const [path, item] of Object.entries(spec.paths)) {
  for (const [method, op] of Object.entries(item)) {
    if (op && typeof op === 'object' && 'operationId' in op) {
      operations.set(op.operationId, { path, method: method as Method });
    }
  }
}

const validators = new Map<string, ReturnType<typeof ajv.compile>>();
function validatorFor(operationId: string, status: number) {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  const responses = spec.paths[op.path]?.[op.method]?.responses ?? {};
  const key = status >= 400 ? 'default' : String(status);
  const schema = responses[key]?.content?.['application/json']?.schema;
  if (!schema) return null;
  const id = `${operationId}:${key}`;
  let validate = validators.get(id);
  if (!validate) {
    // Wrap with the components so `#/components/schemas/...` refs resolve.
    validate = ajv.compile({ ...schema, components: spec.components });
    validators.set(id, validate);
  }
  return validate;
}

const called = new Set<string>();

/** Calls an operation of the mock and validates the answer against the spec. */
async function check(
  operationId: string,
  url: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const op = operations.get(operationId);
  if (!op) throw new Error(`unknown operation ${operationId}`);
  expect(init.method ?? 'GET').toBe(op.method.toUpperCase());
  const response = await fetch(`http://localhost${url}`, {
    method: init.method ?? 'GET',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', ...init.headers },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  called.add(operationId);
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  const validate = validatorFor(operationId, response.status);
  if (validate) {
    const valid = validate(body);
    expect(valid ? [] : validate.errors, `${operationId} ${response.status} body`).toEqual([]);
  } else {
    // Only bodiless answers (201/204) have no schema.
    expect([200, 201, 204], `${operationId} status`).toContain(response.status);
  }
  return { status: response.status, body };
}

const db = () => mockRegistry.db;
const demo = () => {
  const user = db().userByLogin('ferris-demo');
  if (!user) throw new Error('no demo user');
  return user;
};
const demoCrate = () => {
  const crate = db().crates.find((c) => db().isUserOwner(c.id, demo().id));
  if (!crate) throw new Error('the demo user owns no crate');
  return crate;
};

describe('mock registry contract', () => {
  beforeEach(() => mockRegistry.reset());

  it('answers public reads as the spec says', async () => {
    expect(
      (await check('list_crates', '/api/v1/crates?q=serde&sort=relevance&page=1&per_page=5'))
        .status,
    ).toBe(200);
    const seek = await check('list_crates', '/api/v1/crates?sort=alpha&per_page=3&seek=WzNd');
    expect(seek.body.meta.next_page).toMatch(/seek=/);
    await check('list_crates', '/api/v1/crates?category=encoding&keyword=json&include_yanked=no');
    await check('list_crates', '/api/v1/crates?all_keywords=serde%20serialization&letter=s');
    await check('list_crates', `/api/v1/crates?user_id=${demo().id}&ids[]=serde&ids[]=tokio`);
    expect(
      (await check('find_crate', '/api/v1/crates/serde')).body.versions.length,
    ).toBeGreaterThan(100);
    await check(
      'find_crate',
      '/api/v1/crates/Serde_Derive?include=keywords,categories,downloads,default_version',
    );
    expect((await check('find_crate', '/api/v1/crates/no-such-crate')).status).toBe(404);
    await check('get_crate_downloads', '/api/v1/crates/serde/downloads?include=versions');
    await check('get_team_owners', '/api/v1/crates/serde/owner_team');
    await check('get_user_owners', '/api/v1/crates/serde/owner_user');
    await check('list_owners', '/api/v1/crates/serde/owners');
    const deps = await check(
      'list_reverse_dependencies',
      '/api/v1/crates/serde/reverse_dependencies?page=2&per_page=5',
    );
    expect(deps.body.meta.total).toBeGreaterThan(5);
    await check(
      'list_versions',
      '/api/v1/crates/serde/versions?include=release_tracks&sort=semver',
    );
    const paged = await check(
      'list_versions',
      '/api/v1/crates/nightly-build-tool/versions?per_page=100&seek=WzEwMF0',
    );
    expect(paged.body.meta.total).toBeGreaterThanOrEqual(2000);
    await check('find_version', '/api/v1/crates/serde/1.0.219');
    expect((await check('find_version', '/api/v1/crates/serde/9.9.9')).status).toBe(404);
    await check('get_version_authors', '/api/v1/crates/serde/1.0.219/authors');
    expect(
      (await check('get_version_dependencies', '/api/v1/crates/tokio/1.44.1/dependencies')).status,
    ).toBe(200);
    await check('download_version', '/api/v1/crates/serde/1.0.219/download');
    await check('get_version_downloads', '/api/v1/crates/serde/1.0.219/downloads');
    const readme = await check('get_version_readme', '/api/v1/crates/serde/1.0.219/readme');
    expect(readme.body.url).toMatch(/\.html$/);
    await check('list_keywords', '/api/v1/keywords?sort=crates&page=1&per_page=10');
    await check('find_keyword', '/api/v1/keywords/serde');
    await check('list_categories', '/api/v1/categories?sort=crates&per_page=50');
    await check('find_category', '/api/v1/categories/development-tools');
    await check('list_category_slugs', '/api/v1/category_slugs');
    await check('get_summary', '/api/v1/summary');
    await check('get_site_metadata', '/api/v1/site_metadata');
    await check('find_user', '/api/v1/users/ferris-demo');
    await check('find_team', '/api/v1/teams/github:serde-rs:publish');
    await check('get_user_stats', `/api/v1/users/${demo().id}/stats`);
    await check('find_new_crate', '/api/v1/crates/new');
  });

  it('refuses private operations without a session', async () => {
    const refused = [
      ['get_authenticated_user', '/api/v1/me', 'GET'],
      ['list_api_tokens', '/api/v1/me/tokens', 'GET'],
      ['get_authenticated_user_updates', '/api/v1/me/updates', 'GET'],
      ['list_crate_owner_invitations', '/api/private/crate_owner_invitations?invitee_id=1', 'GET'],
      ['follow_crate', '/api/v1/crates/serde/follow', 'PUT'],
      ['get_following_crate', '/api/v1/crates/serde/following', 'GET'],
      ['delete_crate', '/api/v1/crates/serde', 'DELETE'],
    ] as const;
    for (const [operationId, url, method] of refused) {
      const { status } = await check(operationId, url, { method });
      expect(status, operationId).toBe(403);
    }
  });

  it('runs the login flow', async () => {
    const begin = await check('begin_session', '/api/private/session/begin');
    const state = begin.body.state as string;
    expect(begin.body.url).toContain(`state=${state}`);
    const auth = await check(
      'authorize_session',
      `/api/private/session/authorize?code=mock-ferris-demo&state=${state}`,
    );
    expect(auth.body.user.login).toBe('ferris-demo');
    expect((await check('get_authenticated_user', '/api/v1/me')).status).toBe(200);
    await check('end_session', '/api/private/session', { method: 'DELETE' });
    expect((await check('get_authenticated_user', '/api/v1/me')).status).toBe(403);
    const reused = await check(
      'authorize_session',
      `/api/private/session/authorize?code=mock-ferris-demo&state=${state}`,
    );
    expect(reused.status).toBe(400);
  });

  it('manages the account of a logged-in user', async () => {
    mockRegistry.login('ferris-demo');
    const me = demo();
    await check('get_authenticated_user', '/api/v1/me');
    await check('get_authenticated_user_updates', '/api/v1/me/updates?page=1');
    const created = await check('create_api_token', '/api/v1/me/tokens', {
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
    expect(created.body.api_token.token).toMatch(/^cio/);
    const listed = await check('list_api_tokens', '/api/v1/me/tokens?expired_days=30');
    expect(listed.body.api_tokens.map((t: { name: string }) => t.name)).toContain('contract');
    await check('find_api_token', `/api/v1/me/tokens/${created.body.api_token.id}`);
    await check('revoke_api_token', `/api/v1/me/tokens/${created.body.api_token.id}`, {
      method: 'DELETE',
    });
    const bad = await check('create_api_token', '/api/v1/me/tokens', {
      method: 'PUT',
      body: { api_token: { name: '' } },
    });
    expect(bad.status).toBe(400);

    const second = await check('create_api_token', '/api/v1/me/tokens', {
      method: 'PUT',
      body: { api_token: { name: 'cargo' } },
    });
    const current = await check('revoke_current_api_token', '/api/v1/tokens/current', {
      method: 'DELETE',
      headers: { Authorization: second.body.api_token.token },
    });
    expect(current.status).toBe(204);

    await check('update_user', `/api/v1/users/${me.id}`, {
      method: 'PUT',
      body: { user: { email: 'new@example.com' } },
    });
    expect(db().userById(me.id)?.email_verified).toBe(false);
    await check('resend_email_verification', `/api/v1/users/${me.id}/resend`, { method: 'PUT' });
    const [emailToken] = db().emailTokens.keys();
    await check('confirm_user_email', `/api/v1/confirm/${emailToken}`, { method: 'PUT' });
    expect(db().userById(me.id)?.email_verified).toBe(true);
    await check('update_user', `/api/v1/users/${me.id}`, {
      method: 'PUT',
      body: { user: { publish_notifications: false } },
    });
    await check('update_email_notifications', '/api/v1/me/email_notifications', {
      method: 'PUT',
      body: [{ id: demoCrate().id, email_notifications: false }],
    });

    await check('follow_crate', '/api/v1/crates/hex/follow', { method: 'PUT' });
    expect(
      (await check('get_following_crate', '/api/v1/crates/hex/following')).body.following,
    ).toBe(true);
    await check('unfollow_crate', '/api/v1/crates/hex/follow', { method: 'DELETE' });
  });

  it('handles owner invitations', async () => {
    mockRegistry.login('ferris-demo');
    const me = demo();
    const mine = await check(
      'list_crate_owner_invitations',
      `/api/private/crate_owner_invitations?invitee_id=${me.id}`,
    );
    expect(mine.body.invitations.length).toBeGreaterThanOrEqual(2);
    await check('list_crate_owner_invitations_for_user', '/api/v1/me/crate_owner_invitations');
    const now = db().now.toISOString();
    const [first, second] = (
      mine.body.invitations as { crate_id: number; expires_at: string }[]
    ).filter((i) => i.expires_at > now);
    await check(
      'handle_crate_owner_invitation',
      `/api/v1/me/crate_owner_invitations/${first?.crate_id}`,
      {
        method: 'PUT',
        body: { crate_owner_invite: { crate_id: first?.crate_id, accepted: true } },
      },
    );
    expect(db().isUserOwner(first?.crate_id ?? 0, me.id)).toBe(true);
    const token = db().invitations.find((i) => i.crate_id === second?.crate_id)?.token;
    await check(
      'accept_crate_owner_invitation_with_token',
      `/api/v1/me/crate_owner_invitations/accept/${token}`,
      {
        method: 'PUT',
      },
    );
    const unknown = await check(
      'accept_crate_owner_invitation_with_token',
      '/api/v1/me/crate_owner_invitations/accept/nope',
      {
        method: 'PUT',
      },
    );
    expect(unknown.status).toBe(404);
  });

  it('lets an owner manage a crate', async () => {
    mockRegistry.login('ferris-demo');
    const crate = demoCrate();
    const name = crate.name;
    const num = db().versionsOf(crate.id)[0]?.num ?? '';
    await check(
      'list_crate_owner_invitations',
      `/api/private/crate_owner_invitations?crate_name=${name}`,
    );
    await check('add_owners', `/api/v1/crates/${name}/owners`, {
      method: 'PUT',
      body: { owners: ['dtolnay'] },
    });
    await check('add_owners', `/api/v1/crates/${name}/owners`, {
      method: 'PUT',
      body: { owners: ['github:serde-rs:publish'] },
    });
    const notMember = await check('add_owners', `/api/v1/crates/${name}/owners`, {
      method: 'PUT',
      body: { owners: ['github:tokio-rs:core'] },
    });
    expect(notMember.status).toBe(403);
    expect(notMember.body.errors[0].detail).toBe(
      'only members of a team or organization owners can add it as an owner',
    );
    const unknown = await check('add_owners', `/api/v1/crates/${name}/owners`, {
      method: 'PUT',
      body: { owners: ['nobody-here'] },
    });
    expect(unknown.status).toBe(404);
    await check('remove_owners', `/api/v1/crates/${name}/owners`, {
      method: 'DELETE',
      body: { owners: ['github:serde-rs:publish'] },
    });
    const soleOwned = db().crates.find(
      (c) => db().ownersOf(c.id).length === 1 && db().isUserOwner(c.id, demo().id),
    );
    const last = await check('remove_owners', `/api/v1/crates/${soleOwned?.name}/owners`, {
      method: 'DELETE',
      body: { owners: ['ferris-demo'] },
    });
    expect(last.status).toBe(400);
    await check('update_crate', `/api/v1/crates/${name}`, {
      method: 'PATCH',
      body: { crate: { trustpub_only: true } },
    });
    const yanked = await check('update_version', `/api/v1/crates/${name}/${num}`, {
      method: 'PATCH',
      body: { version: { yanked: true, yank_message: 'broken' } },
    });
    expect(yanked.body.version.yank_message).toBe('broken');
    await check('unyank_version', `/api/v1/crates/${name}/${num}/unyank`, { method: 'PUT' });
    await check('yank_version', `/api/v1/crates/${name}/${num}/yank`, { method: 'DELETE' });
    await check('rebuild_version_docs', `/api/v1/crates/${name}/${num}/rebuild_docs`, {
      method: 'POST',
    });
    const notOwner = await check('update_crate', '/api/v1/crates/serde', {
      method: 'PATCH',
      body: { crate: { trustpub_only: true } },
    });
    expect(notOwner.status).toBe(403);

    await check(
      'list_trustpub_github_configs',
      `/api/v1/trusted_publishing/github_configs?crate=${name}`,
    );
    const gh = await check(
      'create_trustpub_github_config',
      '/api/v1/trusted_publishing/github_configs',
      {
        method: 'POST',
        body: {
          github_config: {
            crate: name,
            repository_owner: 'ferris',
            repository_name: name,
            workflow_filename: 'release.yml',
          },
        },
      },
    );
    const badWorkflow = await check(
      'create_trustpub_github_config',
      '/api/v1/trusted_publishing/github_configs',
      {
        method: 'POST',
        body: {
          github_config: {
            crate: name,
            repository_owner: 'f',
            repository_name: 'r',
            workflow_filename: '.github/workflows/x.yml',
          },
        },
      },
    );
    expect(badWorkflow.status).toBe(400);
    await check(
      'delete_trustpub_github_config',
      `/api/v1/trusted_publishing/github_configs/${gh.body.github_config.id}`,
      {
        method: 'DELETE',
      },
    );
    await check(
      'list_trustpub_gitlab_configs',
      `/api/v1/trusted_publishing/gitlab_configs?user_id=${demo().id}`,
    );
    const gl = await check(
      'create_trustpub_gitlab_config',
      '/api/v1/trusted_publishing/gitlab_configs',
      {
        method: 'POST',
        body: {
          gitlab_config: {
            crate: name,
            namespace: 'a/b',
            project: name,
            workflow_filepath: '.gitlab-ci.yml',
          },
        },
      },
    );
    await check(
      'delete_trustpub_gitlab_config',
      `/api/v1/trusted_publishing/gitlab_configs/${gl.body.gitlab_config.id}`,
      {
        method: 'DELETE',
      },
    );
    await check('exchange_trustpub_token', '/api/v1/trusted_publishing/tokens', {
      method: 'POST',
      body: { jwt: 'x' },
    });
    await check('revoke_trustpub_token', '/api/v1/trusted_publishing/tokens', { method: 'DELETE' });
    await check('publish', '/api/v1/crates/new', { method: 'PUT', body: {} });

    // Shared and downloaded a lot: refused as crates.io does. Two days old: deleted.
    const refused = await check('delete_crate', '/api/v1/crates/ferris-says', { method: 'DELETE' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].detail).toBe(
      'only crates with a single owner can be deleted after 72 hours',
    );
    const deleted = await check('delete_crate', '/api/v1/crates/ferris-scratch?message=unused', {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
  });

  it('answers injected faults in the error envelope', async () => {
    mockRegistry.fault('get_summary', { kind: 'status', status: 500 });
    expect((await check('get_summary', '/api/v1/summary')).status).toBe(500);
    mockRegistry.fault('get_summary', { kind: 'read-only' });
    expect((await check('get_summary', '/api/v1/summary')).status).toBe(503);
    mockRegistry.fault('*', { kind: 'rate-limit', retryAfter: 12, times: 1 });
    const limited = await fetch('http://localhost/api/v1/site_metadata');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('12');
    expect((await fetch('http://localhost/api/v1/site_metadata')).status).toBe(200);
    mockRegistry.clearFaults();
    mockRegistry.setReadOnly(true);
    mockRegistry.login('ferris-demo');
    const write = await check('follow_crate', '/api/v1/crates/serde/follow', { method: 'PUT' });
    expect(write.status).toBe(503);
    expect(write.body.errors[0].detail).toMatch(/read-only/);
  });

  it('covers every operation of the spec', () => {
    expect([...operations.keys()].filter((id) => !called.has(id)).sort()).toEqual([]);
  });
});
