import { HttpResponse } from 'msw';
import type { Db } from '../db';
import { hash } from '../random';
import { serializeGitHubConfig, serializeGitLabConfig } from '../serializers';
import { apiError, http, operation, paginate, type Registry, requireUser } from './context';
import { requireOwner } from './crates';

const WORKFLOW_FILE = /^[^/\\]+\.(yml|yaml)$/;

function requireVerifiedEmail(db: Db) {
  const user = requireUser(db);
  if (!user.email_verified) {
    throw apiError(403, 'You must verify your email address to create a Trusted Publishing config');
  }
}

/** Which crates a listing covers: one (`crate=`) or all the user's (`user_id=`). */
function scopedCrateIds(db: Db, url: URL): Set<number> {
  const crate = url.searchParams.get('crate');
  if (crate) return new Set([requireOwner(db, crate).crate.id]);
  const user = requireUser(db);
  const userId = url.searchParams.get('user_id');
  if (userId && Number(userId) !== user.id)
    throw apiError(403, 'you can only list your own configs');
  if (!userId) throw apiError(400, 'missing `crate` or `user_id` parameter');
  return new Set(db.cratesOwnedBy({ kind: 'user', id: user.id }).map((c) => c.id));
}

export function trustedPublishingHandlers(registry: Registry) {
  const db = () => registry.db;
  return [
    http.get(
      '/api/v1/trusted_publishing/github_configs',
      operation(registry, 'list_trustpub_github_configs', {}, ({ request, response }) => {
        const d = db();
        const url = new URL(request.url);
        const ids = scopedCrateIds(d, url);
        const rows = d.githubConfigs.filter((c) => ids.has(c.crate_id));
        const page = paginate(rows, url, { defaultPerPage: 10 });
        return response(200).json({
          github_configs: page.items.map((c) => serializeGitHubConfig(d, c)),
          meta: { total: page.total, next_page: page.next_page },
        });
      }),
    ),
    http.post(
      '/api/v1/trusted_publishing/github_configs',
      operation(
        registry,
        'create_trustpub_github_config',
        { write: true },
        async ({ request, response }) => {
          const d = db();
          const body = (await request.json().catch(() => null)) as {
            github_config?: Record<string, string | null | undefined>;
          } | null;
          const input = body?.github_config;
          if (!input?.crate) throw apiError(400, 'invalid request body: missing field `crate`');
          const { crate } = requireOwner(d, input.crate);
          requireVerifiedEmail(d);
          const owner = input.repository_owner?.trim() ?? '';
          const repo = input.repository_name?.trim() ?? '';
          const workflow = input.workflow_filename?.trim() ?? '';
          if (!owner) throw apiError(400, 'GitHub repository owner name may not be empty');
          if (!repo) throw apiError(400, 'GitHub repository name may not be empty');
          if (!WORKFLOW_FILE.test(workflow)) {
            throw apiError(
              400,
              'Workflow filename must end with `.yml` or `.yaml` and must not contain path separators',
            );
          }
          const row = {
            id: d.nextId('github-config'),
            crate_id: crate.id,
            repository_owner: owner,
            repository_owner_id: hash(owner.toLowerCase()) % 100_000_000,
            repository_name: repo,
            workflow_filename: workflow,
            environment: input.environment?.trim() || null,
            created_at: d.nowIso(),
          };
          d.githubConfigs.push(row);
          return response(200).json({ github_config: serializeGitHubConfig(d, row) });
        },
      ),
    ),
    http.delete(
      '/api/v1/trusted_publishing/github_configs/{id}',
      operation(registry, 'delete_trustpub_github_config', { write: true }, ({ params }) => {
        const d = db();
        const row = d.githubConfigs.find((c) => c.id === Number(params.id));
        if (!row) throw apiError(404, 'Not Found');
        const crate = d.crateById(row.crate_id);
        requireOwner(d, crate?.name ?? '');
        d.githubConfigs = d.githubConfigs.filter((c) => c !== row);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(
      '/api/v1/trusted_publishing/gitlab_configs',
      operation(registry, 'list_trustpub_gitlab_configs', {}, ({ request, response }) => {
        const d = db();
        const url = new URL(request.url);
        const ids = scopedCrateIds(d, url);
        const rows = d.gitlabConfigs.filter((c) => ids.has(c.crate_id));
        const page = paginate(rows, url, { defaultPerPage: 10 });
        return response(200).json({
          gitlab_configs: page.items.map((c) => serializeGitLabConfig(d, c)),
          meta: { total: page.total, next_page: page.next_page },
        });
      }),
    ),
    http.post(
      '/api/v1/trusted_publishing/gitlab_configs',
      operation(
        registry,
        'create_trustpub_gitlab_config',
        { write: true },
        async ({ request, response }) => {
          const d = db();
          const body = (await request.json().catch(() => null)) as {
            gitlab_config?: Record<string, string | null | undefined>;
          } | null;
          const input = body?.gitlab_config;
          if (!input?.crate) throw apiError(400, 'invalid request body: missing field `crate`');
          const { crate } = requireOwner(d, input.crate);
          requireVerifiedEmail(d);
          const namespace = input.namespace?.trim() ?? '';
          const project = input.project?.trim() ?? '';
          const workflow = input.workflow_filepath?.trim() ?? '';
          if (!namespace) throw apiError(400, 'GitLab namespace may not be empty');
          if (!project) throw apiError(400, 'GitLab project name may not be empty');
          if (!/\.(yml|yaml)$/.test(workflow))
            throw apiError(400, 'Workflow filepath must end with `.yml` or `.yaml`');
          const row = {
            id: d.nextId('gitlab-config'),
            crate_id: crate.id,
            namespace,
            namespace_id: null,
            project,
            workflow_filepath: workflow,
            environment: input.environment?.trim() || null,
            created_at: d.nowIso(),
          };
          d.gitlabConfigs.push(row);
          return response(200).json({ gitlab_config: serializeGitLabConfig(d, row) });
        },
      ),
    ),
    http.delete(
      '/api/v1/trusted_publishing/gitlab_configs/{id}',
      operation(registry, 'delete_trustpub_gitlab_config', { write: true }, ({ params }) => {
        const d = db();
        const row = d.gitlabConfigs.find((c) => c.id === Number(params.id));
        if (!row) throw apiError(404, 'Not Found');
        const crate = d.crateById(row.crate_id);
        requireOwner(d, crate?.name ?? '');
        d.gitlabConfigs = d.gitlabConfigs.filter((c) => c !== row);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    // Token exchange is for CI jobs holding an OIDC JWT; the mock has no identity provider.
    http.post(
      '/api/v1/trusted_publishing/tokens',
      operation(registry, 'exchange_trustpub_token', { write: true }, () => {
        throw apiError(400, 'Failed to decode JWT: the mock registry does not accept OIDC tokens');
      }),
    ),
    http.delete(
      '/api/v1/trusted_publishing/tokens',
      operation(registry, 'revoke_trustpub_token', { write: true }, () => {
        throw apiError(401, 'Missing authorization header');
      }),
    ),
  ];
}
