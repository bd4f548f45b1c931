// Contract cases for users, teams and the login session.
import { describe, expect, it } from 'vitest';
import { check, db, demo, demoCrate, mockRegistry } from './harness';

describe('users and teams', () => {
  it('find_user, find_team and get_user_stats answer public profiles', async () => {
    expect((await check('find_user', 200, '/api/v1/users/ferris-demo')).user.login).toBe(
      'ferris-demo',
    );
    await check('find_team', 200, '/api/v1/teams/github:serde-rs:publish');
    await check('get_user_stats', 200, `/api/v1/users/${demo().id}/stats`);
  });

  it('find_user answers 404 for an unknown login', async () => {
    await check('find_user', 404, '/api/v1/users/nobody-here');
  });

  it('get_authenticated_user answers the logged-in user', async () => {
    mockRegistry.login('ferris-demo');
    expect((await check('get_authenticated_user', 200, '/api/v1/me')).user.login).toBe(
      'ferris-demo',
    );
  });

  it('get_authenticated_user refuses without a session', async () => {
    await check('get_authenticated_user', 403, '/api/v1/me');
  });

  it('update_user, resend_email_verification and confirm_user_email change and verify an e-mail', async () => {
    mockRegistry.login('ferris-demo');
    const me = demo();
    await check('update_user', 200, `/api/v1/users/${me.id}`, {
      method: 'PUT',
      body: { user: { email: 'new@example.com' } },
    });
    expect(db().userById(me.id)?.email_verified).toBe(false);
    await check('resend_email_verification', 200, `/api/v1/users/${me.id}/resend`, {
      method: 'PUT',
    });
    const [emailToken] = db().emailTokens.keys();
    await check('confirm_user_email', 200, `/api/v1/confirm/${emailToken}`, { method: 'PUT' });
    expect(db().userById(me.id)?.email_verified).toBe(true);
  });

  it('update_user changes the publish notifications', async () => {
    mockRegistry.login('ferris-demo');
    await check('update_user', 200, `/api/v1/users/${demo().id}`, {
      method: 'PUT',
      body: { user: { publish_notifications: false } },
    });
    expect(db().userById(demo().id)?.publish_notifications).toBe(false);
  });

  it('update_email_notifications changes them per crate', async () => {
    mockRegistry.login('ferris-demo');
    await check('update_email_notifications', 200, '/api/v1/me/email_notifications', {
      method: 'PUT',
      body: [{ id: demoCrate().id, email_notifications: false }],
    });
  });
});

describe('session', () => {
  it('begin_session, authorize_session and end_session log in and out', async () => {
    const begin = await check('begin_session', 200, '/api/private/session/begin');
    expect(begin.url).toContain(`state=${begin.state}`);
    const auth = await check(
      'authorize_session',
      200,
      `/api/private/session/authorize?code=mock-ferris-demo&state=${begin.state}`,
    );
    expect(auth.user.login).toBe('ferris-demo');
    await check('get_authenticated_user', 200, '/api/v1/me');
    await check('end_session', 200, '/api/private/session', { method: 'DELETE' });
    await check('get_authenticated_user', 403, '/api/v1/me');
  });

  it('authorize_session refuses a state used before', async () => {
    const begin = await check('begin_session', 200, '/api/private/session/begin');
    const url = `/api/private/session/authorize?code=mock-ferris-demo&state=${begin.state}`;
    await check('authorize_session', 200, url);
    await check('authorize_session', 400, url);
  });
});
