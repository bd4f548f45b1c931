import { describe, expect, it } from 'vitest';
import { githubWorkflow, validateGitHub, validateGitLab } from './trusted-publisher';

describe('trusted publisher validation', () => {
  it('requires the GitHub fields', () => {
    expect(validateGitHub({ owner: '', repo: '', workflow: '', environment: '' })).toEqual({
      owner: 'Please enter a repository owner.',
      repo: 'Please enter a repository name.',
      workflow: 'Please enter a workflow filename.',
    });
  });

  it('wants a workflow file name ending in .yml or .yaml, not a path', () => {
    const base = { owner: 'ferris', repo: 'says', environment: '' };
    expect(validateGitHub({ ...base, workflow: 'release.yml' })).toEqual({});
    expect(validateGitHub({ ...base, workflow: 'release.yaml' })).toEqual({});
    expect(validateGitHub({ ...base, workflow: '.github/workflows/release.yml' }).workflow).toMatch(
      /only the file name/,
    );
    expect(validateGitHub({ ...base, workflow: 'release.sh' }).workflow).toMatch(/\.yml or \.yaml/);
  });

  it('requires the GitLab fields and accepts a path', () => {
    expect(validateGitLab({ namespace: '', project: '', workflow: '', environment: '' })).toEqual({
      namespace: 'Please enter a namespace.',
      project: 'Please enter a project name.',
      workflow: 'Please enter a workflow filepath.',
    });
    expect(
      validateGitLab({
        namespace: 'a/b',
        project: 'c',
        workflow: 'ci/release.yml',
        environment: '',
      }),
    ).toEqual({});
  });

  it('writes the environment into the workflow only when given', () => {
    expect(githubWorkflow('release')).toContain('environment: release');
    expect(githubWorkflow('')).not.toContain('environment:');
  });
});
