import type { Db, InvitationRow, OwnerRef } from '../db';
import { hexOf } from '../random';
import { serializeInvitation, serializeOwner, serializeUser } from '../serializers';
import { apiError, http, operation, paginate, type Registry, requireUser } from './context';
import { findCrateOr404, requireOwner } from './crates';

const DAY = 86_400_000;

function owners(db: Db, refs: OwnerRef[]) {
  return refs.map((ref) => serializeOwner(db, ref)).filter((o) => o !== null);
}

async function readLogins(request: Request): Promise<string[]> {
  const body = (await request.json().catch(() => null)) as { owners?: unknown } | null;
  const list = body?.owners;
  if (!Array.isArray(list) || list.length === 0 || !list.every((l) => typeof l === 'string')) {
    throw apiError(400, 'invalid request body: expected `owners` to be a list of logins');
  }
  return list as string[];
}

function isExpired(db: Db, invitation: InvitationRow) {
  return Date.parse(invitation.expires_at) <= db.clock().getTime();
}

function acceptInvitation(db: Db, invitation: InvitationRow) {
  db.invitations = db.invitations.filter((i) => i !== invitation);
  db.addOwner(invitation.crate_id, { kind: 'user', id: invitation.invitee_id });
}

export function ownerHandlers(registry: Registry) {
  const db = () => registry.db;
  return [
    http.get(
      '/api/v1/crates/{name}/owners',
      operation(registry, 'list_owners', {}, ({ params, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        return response(200).json({ users: owners(d, d.ownersOf(crate.id)) });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/owner_user',
      operation(registry, 'get_user_owners', {}, ({ params, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        return response(200).json({
          users: owners(
            d,
            d.ownersOf(crate.id).filter((o) => o.kind === 'user'),
          ),
        });
      }),
    ),
    http.get(
      '/api/v1/crates/{name}/owner_team',
      operation(registry, 'get_team_owners', {}, ({ params, response }) => {
        const d = db();
        const crate = findCrateOr404(d, params.name);
        return response(200).json({
          teams: owners(
            d,
            d.ownersOf(crate.id).filter((o) => o.kind === 'team'),
          ),
        });
      }),
    ),
    http.put(
      '/api/v1/crates/{name}/owners',
      operation(registry, 'add_owners', { write: true }, async ({ params, request, response }) => {
        const d = db();
        const { user, crate } = requireOwner(d, params.name);
        const messages: string[] = [];
        for (const login of await readLogins(request)) {
          if (login.startsWith('github:')) {
            const team = d.teamByLogin(login);
            if (!team) {
              throw apiError(
                422,
                `could not find the github team ${login.split(':').slice(1).join('/')}. Make sure that you have the right permissions in GitHub. See https://doc.rust-lang.org/cargo/reference/publishing.html#github-permissions`,
              );
            }
            if (!d.teamMembers.get(team.id)?.has(user.id)) {
              throw apiError(
                403,
                'only members of a team or organization owners can add it as an owner',
              );
            }
            d.addOwner(crate.id, { kind: 'team', id: team.id });
            messages.push(`team ${login} has been added as an owner of crate ${crate.name}`);
            continue;
          }
          const invitee = d.userByLogin(login);
          if (!invitee) throw apiError(404, `could not find user with login \`${login}\``);
          if (d.isUserOwner(crate.id, invitee.id)) {
            throw apiError(400, `\`${invitee.login}\` is already an owner`);
          }
          if (d.invitations.some((i) => i.crate_id === crate.id && i.invitee_id === invitee.id)) {
            throw apiError(
              400,
              `user ${invitee.login} already has a pending invitation to be an owner of crate ${crate.name}`,
            );
          }
          d.invitations.push({
            crate_id: crate.id,
            invitee_id: invitee.id,
            inviter_id: user.id,
            created_at: d.nowIso(),
            expires_at: new Date(d.clock().getTime() + 30 * DAY).toISOString(),
            token: `invite-${hexOf(`${crate.name}:${invitee.login}:${d.nextId('invite')}`, 16)}`,
          });
          messages.push(
            `user ${invitee.login} has been invited to be an owner of crate ${crate.name}`,
          );
        }
        return response(200).json({ ok: true, msg: messages.join(',') });
      }),
    ),
    http.delete(
      '/api/v1/crates/{name}/owners',
      operation(
        registry,
        'remove_owners',
        { write: true },
        async ({ params, request, response }) => {
          const d = db();
          const { crate } = requireOwner(d, params.name);
          const logins = await readLogins(request);
          const refs = logins.map((login) => {
            const team = login.startsWith('github:') ? d.teamByLogin(login) : undefined;
            const user = team ? undefined : d.userByLogin(login);
            const ref: OwnerRef | undefined = team
              ? { kind: 'team', id: team.id }
              : user
                ? { kind: 'user', id: user.id }
                : undefined;
            const isOwner =
              ref && d.ownersOf(crate.id).some((o) => o.kind === ref.kind && o.id === ref.id);
            if (!ref || !isOwner)
              throw apiError(400, `could not find owner with login \`${login}\``);
            return ref;
          });
          const remainingUsers = d
            .ownersOf(crate.id)
            .filter(
              (o) => o.kind === 'user' && !refs.some((r) => r.kind === 'user' && r.id === o.id),
            );
          if (remainingUsers.length === 0) {
            throw apiError(
              400,
              "cannot remove all individual owners of a crate. Team member don't have permission to modify owners, so at least one individual owner is required.",
            );
          }
          for (const ref of refs) d.removeOwner(crate.id, ref);
          return response(200).json({ ok: true, msg: 'owners successfully removed' });
        },
      ),
    ),
    http.get(
      '/api/private/crate_owner_invitations',
      operation(registry, 'list_crate_owner_invitations', {}, ({ request, query, response }) => {
        const d = db();
        const user = requireUser(d);
        const crateName = query.get('crate_name');
        const inviteeId = query.get('invitee_id');
        let rows: InvitationRow[];
        if (crateName) {
          const { crate } = requireOwner(d, crateName);
          rows = d.invitations.filter((i) => i.crate_id === crate.id);
        } else if (inviteeId) {
          if (Number(inviteeId) !== user.id)
            throw apiError(403, 'you are not allowed to list these invitations');
          rows = d.invitations.filter((i) => i.invitee_id === user.id);
        } else {
          throw apiError(400, 'missing or invalid filter');
        }
        rows.sort((a, b) => a.created_at.localeCompare(b.created_at));
        const page = paginate(rows, new URL(request.url), { defaultPerPage: 100 });
        const userIds = new Set(page.items.flatMap((i) => [i.invitee_id, i.inviter_id]));
        return response(200).json({
          invitations: page.items.map((i) => serializeInvitation(d, i)),
          users: [...userIds].flatMap((id) => {
            const u = d.userById(id);
            return u ? [serializeUser(u)] : [];
          }),
          meta: { next_page: page.next_page },
        });
      }),
    ),
    http.get(
      '/api/v1/me/crate_owner_invitations',
      operation(registry, 'list_crate_owner_invitations_for_user', {}, ({ response }) => {
        const d = db();
        const user = requireUser(d);
        const rows = d.invitations.filter((i) => i.invitee_id === user.id);
        return response(200).json({
          crate_owner_invitations: rows.map((i) => ({
            ...serializeInvitation(d, i),
            invited_by_username: d.userById(i.inviter_id)?.login ?? '',
          })),
          users: [...new Set(rows.map((i) => i.inviter_id))].flatMap((id) => {
            const u = d.userById(id);
            return u ? [serializeUser(u)] : [];
          }),
        });
      }),
    ),
    http.put(
      '/api/v1/me/crate_owner_invitations/accept/{token}',
      operation(
        registry,
        'accept_crate_owner_invitation_with_token',
        { write: true },
        ({ params, response }) => {
          const d = db();
          const invitation = d.invitations.find((i) => i.token === params.token);
          if (!invitation) throw apiError(404, 'Not Found');
          if (isExpired(d, invitation)) {
            const crate = d.crateById(invitation.crate_id);
            throw apiError(
              410,
              `The invitation to become an owner of the ${crate?.name} crate expired. Please reach out to an owner of the crate to request a new invitation.`,
            );
          }
          acceptInvitation(d, invitation);
          return response(200).json({
            crate_owner_invitation: { crate_id: invitation.crate_id, accepted: true },
          });
        },
      ),
    ),
    http.put(
      '/api/v1/me/crate_owner_invitations/{crate_id}',
      operation(
        registry,
        'handle_crate_owner_invitation',
        { write: true },
        async ({ params, request, response }) => {
          const d = db();
          const user = requireUser(d);
          const body = (await request.json().catch(() => null)) as {
            crate_owner_invite?: { crate_id?: number; accepted?: boolean };
          } | null;
          const accepted = body?.crate_owner_invite?.accepted;
          if (typeof accepted !== 'boolean') {
            throw apiError(400, 'invalid request body: missing field `accepted`');
          }
          const crateId = Number(params.crate_id);
          const invitation = d.invitations.find(
            (i) => i.crate_id === crateId && i.invitee_id === user.id,
          );
          if (!invitation) throw apiError(404, 'Not Found');
          if (accepted) {
            if (isExpired(d, invitation)) {
              const crate = d.crateById(crateId);
              throw apiError(
                410,
                `The invitation to become an owner of the ${crate?.name} crate expired. Please reach out to an owner of the crate to request a new invitation.`,
              );
            }
            acceptInvitation(d, invitation);
          } else {
            d.invitations = d.invitations.filter((i) => i !== invitation);
          }
          return response(200).json({ crate_owner_invitation: { crate_id: crateId, accepted } });
        },
      ),
    ),
  ];
}
