// Contract cases for trusted publishing (GitHub and GitLab configs, tokens).
import { describe, expect, it } from 'vitest';
import { check, demo, demoCrate, mockRegistry } from './harness';

const githubConfig = (crate: string, workflow = 'release.yml') => ({
  github_config: {
    crate,
    repository_owner: 'ferris',
    repository_name: crate,
    workflow_filename: workflow,
  },
});

const gitlabConfig = (crate: string) => ({
  gitlab_config: { crate, namespace: 'a/b', project: crate, workflow_filepath: '.gitlab-ci.yml' },
});

describe('trusted publishing', () => {
  it('list_trustpub_github_configs lists a crate’s configs', async () => {
    mockRegistry.login('ferris-demo');
    await check(
      'list_trustpub_github_configs',
      200,
      `/api/v1/trusted_publishing/github_configs?crate=${demoCrate().name}`,
    );
  });

  it('create_trustpub_github_config and delete_trustpub_github_config add and remove one', async () => {
    mockRegistry.login('ferris-demo');
    const body = await check(
      'create_trustpub_github_config',
      200,
      '/api/v1/trusted_publishing/github_configs',
      {
        method: 'POST',
        body: githubConfig(demoCrate().name),
      },
    );
    expect(body.github_config.workflow_filename).toBe('release.yml');
    await check(
      'delete_trustpub_github_config',
      204,
      `/api/v1/trusted_publishing/github_configs/${body.github_config.id}`,
      { method: 'DELETE' },
    );
  });

  it('create_trustpub_github_config refuses a workflow path', async () => {
    mockRegistry.login('ferris-demo');
    await check('create_trustpub_github_config', 400, '/api/v1/trusted_publishing/github_configs', {
      method: 'POST',
      body: githubConfig(demoCrate().name, '.github/workflows/x.yml'),
    });
  });

  it('list_trustpub_gitlab_configs lists a user’s configs', async () => {
    mockRegistry.login('ferris-demo');
    await check(
      'list_trustpub_gitlab_configs',
      200,
      `/api/v1/trusted_publishing/gitlab_configs?user_id=${demo().id}`,
    );
  });

  it('create_trustpub_gitlab_config and delete_trustpub_gitlab_config add and remove one', async () => {
    mockRegistry.login('ferris-demo');
    const body = await check(
      'create_trustpub_gitlab_config',
      200,
      '/api/v1/trusted_publishing/gitlab_configs',
      {
        method: 'POST',
        body: gitlabConfig(demoCrate().name),
      },
    );
    await check(
      'delete_trustpub_gitlab_config',
      204,
      `/api/v1/trusted_publishing/gitlab_configs/${body.gitlab_config.id}`,
      { method: 'DELETE' },
    );
  });

  it('exchange_trustpub_token refuses a JWT that is not one', async () => {
    await check('exchange_trustpub_token', 400, '/api/v1/trusted_publishing/tokens', {
      method: 'POST',
      body: { jwt: 'x' },
    });
  });

  it('revoke_trustpub_token refuses without a trusted-publishing token', async () => {
    await check('revoke_trustpub_token', 401, '/api/v1/trusted_publishing/tokens', {
      method: 'DELETE',
    });
  });
});
