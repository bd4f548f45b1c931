// Contract cases for owners and owner invitations.
import { describe, expect, it } from 'vitest';
import { check, db, demo, demoCrate, mockRegistry } from './harness';

/** The demo user's open invitations, as the registry lists them. */
async function openInvitations() {
  const body = await check(
    'list_crate_owner_invitations',
    200,
    `/api/private/crate_owner_invitations?invitee_id=${demo().id}`,
  );
  const now = db().now.toISOString();
  return (body.invitations as { crate_id: number; expires_at: string }[]).filter(
    (i) => i.expires_at > now,
  );
}

describe('owners', () => {
  it("get_user_owners, get_team_owners and list_owners answer a crate's owners", async () => {
    await check('get_user_owners', 200, '/api/v1/crates/serde/owner_user');
    await check('get_team_owners', 200, '/api/v1/crates/serde/owner_team');
    await check('list_owners', 200, '/api/v1/crates/serde/owners');
  });

  it("list_crate_owner_invitations lists one's invitations and a crate's", async () => {
    mockRegistry.login('ferris-demo');
    expect((await openInvitations()).length).toBeGreaterThanOrEqual(2);
    await check(
      'list_crate_owner_invitations',
      200,
      `/api/private/crate_owner_invitations?crate_name=${demoCrate().name}`,
    );
  });

  it('list_crate_owner_invitations refuses without a session', async () => {
    await check(
      'list_crate_owner_invitations',
      403,
      '/api/private/crate_owner_invitations?invitee_id=1',
    );
  });

  it('list_crate_owner_invitations_for_user answers the older list', async () => {
    mockRegistry.login('ferris-demo');
    await check('list_crate_owner_invitations_for_user', 200, '/api/v1/me/crate_owner_invitations');
  });

  it('handle_crate_owner_invitation accepts an invitation', async () => {
    mockRegistry.login('ferris-demo');
    const [invitation] = await openInvitations();
    const crateId = invitation?.crate_id ?? 0;
    await check(
      'handle_crate_owner_invitation',
      200,
      `/api/v1/me/crate_owner_invitations/${crateId}`,
      {
        method: 'PUT',
        body: { crate_owner_invite: { crate_id: crateId, accepted: true } },
      },
    );
    expect(db().isUserOwner(crateId, demo().id)).toBe(true);
  });

  it('accept_crate_owner_invitation_with_token accepts by e-mailed token', async () => {
    mockRegistry.login('ferris-demo');
    const [invitation] = await openInvitations();
    const token = db().invitations.find((i) => i.crate_id === invitation?.crate_id)?.token;
    await check(
      'accept_crate_owner_invitation_with_token',
      200,
      `/api/v1/me/crate_owner_invitations/accept/${token}`,
      { method: 'PUT' },
    );
    expect(db().isUserOwner(invitation?.crate_id ?? 0, demo().id)).toBe(true);
  });

  it('accept_crate_owner_invitation_with_token answers 404 for an unknown token', async () => {
    mockRegistry.login('ferris-demo');
    await check(
      'accept_crate_owner_invitation_with_token',
      404,
      '/api/v1/me/crate_owner_invitations/accept/nope',
      { method: 'PUT' },
    );
  });

  it('add_owners invites a user, and a team the inviter belongs to', async () => {
    mockRegistry.login('ferris-demo');
    const url = `/api/v1/crates/${demoCrate().name}/owners`;
    await check('add_owners', 200, url, { method: 'PUT', body: { owners: ['dtolnay'] } });
    await check('add_owners', 200, url, {
      method: 'PUT',
      body: { owners: ['github:serde-rs:publish'] },
    });
  });

  it('add_owners refuses a team the inviter is not in', async () => {
    mockRegistry.login('ferris-demo');
    const body = await check('add_owners', 403, `/api/v1/crates/${demoCrate().name}/owners`, {
      method: 'PUT',
      body: { owners: ['github:tokio-rs:core'] },
    });
    expect(body.errors[0].detail).toBe(
      'only members of a team or organization owners can add it as an owner',
    );
  });

  it('add_owners answers 404 for an unknown login', async () => {
    mockRegistry.login('ferris-demo');
    await check('add_owners', 404, `/api/v1/crates/${demoCrate().name}/owners`, {
      method: 'PUT',
      body: { owners: ['nobody-here'] },
    });
  });

  it('remove_owners removes a team owner', async () => {
    mockRegistry.login('ferris-demo');
    const url = `/api/v1/crates/${demoCrate().name}/owners`;
    await check('add_owners', 200, url, {
      method: 'PUT',
      body: { owners: ['github:serde-rs:publish'] },
    });
    await check('remove_owners', 200, url, {
      method: 'DELETE',
      body: { owners: ['github:serde-rs:publish'] },
    });
  });

  it('remove_owners refuses to remove the last owner', async () => {
    mockRegistry.login('ferris-demo');
    const soleOwned = db().crates.find(
      (c) => db().ownersOf(c.id).length === 1 && db().isUserOwner(c.id, demo().id),
    );
    await check('remove_owners', 400, `/api/v1/crates/${soleOwned?.name}/owners`, {
      method: 'DELETE',
      body: { owners: ['ferris-demo'] },
    });
  });
});
