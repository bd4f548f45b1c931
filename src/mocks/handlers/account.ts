// The logged-in user: profile, email, tokens, followed-crate updates, session.
import { HttpResponse } from 'msw';
import { ENDPOINT_SCOPES, type EndpointScope } from '@/api/types';
import type { Db } from '../db';
import { hexOf } from '../random';
import { serializeAuthenticatedUser, serializeToken, serializeVersion } from '../serializers';
import { apiError, http, operation, type Registry, requireUser } from './context';

const DAY = 86_400_000;
export const MOCK_GITHUB_PAGE = '/mock-github-authorize.html';

const CRATE_SCOPE = /^[A-Za-z0-9][A-Za-z0-9_-]*\*?$|^\*$/;

function ownedCrates(db: Db, userId: number) {
  return db
    .cratesOwnedBy({ kind: 'user', id: userId })
    .map((c) => ({ id: c.id, name: c.name, email_notifications: true }));
}

function sendVerification(db: Db, userId: number) {
  db.emailTokens.set(`email-${hexOf(`${userId}:${db.nextId('email-token')}`, 20)}`, userId);
}

export function accountHandlers(registry: Registry) {
  const db = () => registry.db;
  return [
    http.get(
      '/api/private/session/begin',
      operation(registry, 'begin_session', { write: true }, ({ request, response }) => {
        const d = db();
        const origin = new URL(request.url).origin;
        const state = hexOf(`state:${d.nextId('login')}`, 20);
        d.pendingLogins.push({ state, user_id: 0 });
        const url = new URL(MOCK_GITHUB_PAGE, origin);
        url.searchParams.set('client_id', 'mock-registry');
        url.searchParams.set('scope', 'read:org');
        url.searchParams.set('state', state);
        url.searchParams.set('redirect_uri', `${origin}/github-redirect.html`);
        return response(200).json({ url: url.toString(), state });
      }),
    ),
    http.get(
      '/api/private/session/authorize',
      operation(registry, 'authorize_session', { write: true }, ({ query, response }) => {
        const d = db();
        const state = query.get('state');
        const code = query.get('code');
        const pending = d.pendingLogins.find((p) => p.state === state);
        if (!pending || !code) {
          throw apiError(400, 'invalid state parameter');
        }
        d.pendingLogins = d.pendingLogins.filter((p) => p !== pending);
        // The mock GitHub page puts the chosen login in the code: `mock-<login>`.
        const login = code.replace(/^mock-/, '');
        if (login === 'denied') throw apiError(403, 'Forbidden');
        let user = d.userByLogin(login);
        if (!user) {
          if (!/^[A-Za-z0-9-]{1,39}$/.test(login)) throw apiError(400, 'invalid code parameter');
          const id = d.nextId('user');
          user = {
            id,
            login,
            name: null,
            avatar: `/mock-avatars/${encodeURIComponent(login)}.svg`,
            email: null,
            email_verified: false,
            email_verification_sent: false,
            publish_notifications: true,
            is_admin: false,
            created_at: d.nowIso(),
          };
          d.users.push(user);
        }
        d.sessionUserId = user.id;
        return response(200).json({
          user: serializeAuthenticatedUser(user),
          owned_crates: ownedCrates(d, user.id),
        });
      }),
    ),
    http.delete(
      '/api/private/session',
      operation(registry, 'end_session', { write: true }, () => {
        db().sessionUserId = null;
        return new HttpResponse(null, { status: 200 });
      }),
    ),
    http.get(
      '/api/v1/me',
      operation(registry, 'get_authenticated_user', {}, ({ response }) => {
        const d = db();
        const user = requireUser(d);
        return response(200).json({
          user: serializeAuthenticatedUser(user),
          owned_crates: ownedCrates(d, user.id),
        });
      }),
    ),
    http.put(
      '/api/v1/users/{user}',
      operation(registry, 'update_user', { write: true }, async ({ params, request, response }) => {
        const d = db();
        const user = requireUser(d);
        if (Number(params.user) !== user.id)
          throw apiError(400, 'current user does not match requested user');
        const body = (await request.json().catch(() => null)) as {
          user?: { email?: string | null; publish_notifications?: boolean | null };
        } | null;
        if (!body?.user) throw apiError(400, 'invalid request body: missing field `user`');
        const { email, publish_notifications } = body.user;
        if (email !== undefined) {
          const trimmed = email?.trim() ?? '';
          if (!trimmed) throw apiError(400, 'empty email rejected');
          if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(trimmed))
            throw apiError(400, 'invalid email address');
          if (trimmed !== user.email) {
            user.email = trimmed;
            user.email_verified = false;
            user.email_verification_sent = true;
            sendVerification(d, user.id);
          }
        }
        if (typeof publish_notifications === 'boolean')
          user.publish_notifications = publish_notifications;
        return response(200).json({ ok: true });
      }),
    ),
    http.put(
      '/api/v1/users/{id}/resend',
      operation(registry, 'resend_email_verification', { write: true }, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        if (Number(params.id) !== user.id)
          throw apiError(400, 'current user does not match requested user');
        if (!user.email) throw apiError(400, 'Email could not be found');
        if (user.email_verified) throw apiError(400, 'Email is already verified');
        user.email_verification_sent = true;
        sendVerification(d, user.id);
        return response(200).json({ ok: true });
      }),
    ),
    http.put(
      '/api/v1/confirm/{email_token}',
      operation(registry, 'confirm_user_email', { write: true }, ({ params, response }) => {
        const d = db();
        const userId = d.emailTokens.get(params.email_token);
        const user = userId === undefined ? undefined : d.userById(userId);
        if (!user) throw apiError(400, 'Email belonging to token not found.');
        d.emailTokens.delete(params.email_token);
        user.email_verified = true;
        return response(200).json({ ok: true });
      }),
    ),
    http.put(
      '/api/v1/me/email_notifications',
      operation(registry, 'update_email_notifications', { write: true }, ({ response }) => {
        requireUser(db());
        return response(200).json({ ok: true });
      }),
    ),
    http.get(
      '/api/v1/me/updates',
      operation(registry, 'get_authenticated_user_updates', {}, ({ query, response }) => {
        const d = db();
        const user = requireUser(d);
        const followed = d.followedBy(user.id);
        const perPage = 10;
        const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
        const versions = d.versions
          .filter((v) => followed.has(v.crate_id))
          .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
        const slice = versions.slice((page - 1) * perPage, page * perPage);
        return response(200).json({
          versions: slice.map((v) => serializeVersion(d, v)),
          meta: { more: versions.length > page * perPage },
        });
      }),
    ),
    http.get(
      '/api/v1/me/tokens',
      operation(registry, 'list_api_tokens', {}, ({ query, response }) => {
        const d = db();
        const user = requireUser(d);
        const expiredDays = Number(query.get('expired_days') ?? 0) || 0;
        const cutoff = d.clock().getTime() - expiredDays * DAY;
        const tokens = d.tokens
          .filter((t) => t.user_id === user.id)
          .filter((t) => !t.expired_at || Date.parse(t.expired_at) > cutoff)
          .sort((a, b) => b.created_at.localeCompare(a.created_at));
        return response(200).json({ api_tokens: tokens.map(serializeToken) });
      }),
    ),
    http.put(
      '/api/v1/me/tokens',
      operation(registry, 'create_api_token', { write: true }, async ({ request, response }) => {
        const d = db();
        const user = requireUser(d);
        const body = (await request.json().catch(() => null)) as {
          api_token?: {
            name?: string;
            crate_scopes?: string[] | null;
            endpoint_scopes?: string[] | null;
            expired_at?: string | null;
          };
        } | null;
        const input = body?.api_token;
        if (!input) throw apiError(400, 'invalid new token request');
        const name = input.name?.trim() ?? '';
        if (!name) throw apiError(400, 'name must have a value');
        if (d.tokens.filter((t) => t.user_id === user.id).length >= 500) {
          throw apiError(400, 'maximum tokens per user is: 500');
        }
        const scopes = input.endpoint_scopes ?? null;
        if (scopes?.some((s) => !(ENDPOINT_SCOPES as readonly string[]).includes(s))) {
          throw apiError(400, 'invalid endpoint scope');
        }
        const crateScopes = input.crate_scopes ?? null;
        if (crateScopes?.some((s) => !CRATE_SCOPE.test(s)))
          throw apiError(400, 'invalid crate scope');
        if (input.expired_at && Date.parse(input.expired_at) <= d.clock().getTime()) {
          throw apiError(400, 'expiry date must be in the future');
        }
        const id = d.nextId('token');
        const row = {
          id,
          user_id: user.id,
          name,
          token: `cio${hexOf(`token:${id}:${name}`, 29)}`,
          created_at: d.nowIso(),
          last_used_at: null,
          expired_at: input.expired_at ?? null,
          crate_scopes: crateScopes && crateScopes.length > 0 ? crateScopes : null,
          endpoint_scopes: scopes && scopes.length > 0 ? (scopes as EndpointScope[]) : null,
        };
        d.tokens.push(row);
        return response(200).json({ api_token: { ...serializeToken(row), token: row.token } });
      }),
    ),
    http.get(
      '/api/v1/me/tokens/{id}',
      operation(registry, 'find_api_token', {}, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        const row = d.tokens.find((t) => t.id === Number(params.id) && t.user_id === user.id);
        if (!row) throw apiError(404, 'Not Found');
        return response(200).json({ api_token: serializeToken(row) });
      }),
    ),
    http.delete(
      '/api/v1/me/tokens/{id}',
      operation(registry, 'revoke_api_token', { write: true }, ({ params, response }) => {
        const d = db();
        const user = requireUser(d);
        d.tokens = d.tokens.filter((t) => !(t.id === Number(params.id) && t.user_id === user.id));
        return response(200).json({});
      }),
    ),
    http.delete(
      '/api/v1/tokens/current',
      operation(registry, 'revoke_current_api_token', { write: true }, ({ request }) => {
        const d = db();
        const header = request.headers.get('Authorization');
        const row = header ? d.tokens.find((t) => t.token === header) : undefined;
        if (!row) {
          throw apiError(400, 'token not provided');
        }
        d.tokens = d.tokens.filter((t) => t !== row);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];
}
