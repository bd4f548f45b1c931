// Checks and templates for trusted-publishing configurations.

export type GitHubFields = { owner: string; repo: string; workflow: string; environment: string };
export type GitLabFields = {
  namespace: string;
  project: string;
  workflow: string;
  environment: string;
};
export type FieldErrors<T> = Partial<Record<keyof T, string>>;

const YAML = /\.(ya?ml)$/i;

export function validateGitHub(f: GitHubFields): FieldErrors<GitHubFields> {
  const errors: FieldErrors<GitHubFields> = {};
  if (!f.owner.trim()) errors.owner = 'Please enter a repository owner.';
  else if (!/^[A-Za-z0-9-]+$/.test(f.owner.trim()))
    errors.owner = 'A GitHub owner has only letters, digits and -.';
  if (!f.repo.trim()) errors.repo = 'Please enter a repository name.';
  else if (!/^[A-Za-z0-9._-]+$/.test(f.repo.trim()))
    errors.repo = 'A repository name has only letters, digits, ., _ and -.';
  const workflow = f.workflow.trim();
  if (!workflow) errors.workflow = 'Please enter a workflow filename.';
  else if (workflow.includes('/')) {
    errors.workflow =
      'Enter only the file name (e.g. release.yml), not its path in .github/workflows/.';
  } else if (!YAML.test(workflow))
    errors.workflow = 'The workflow filename must end with .yml or .yaml.';
  return errors;
}

export function validateGitLab(f: GitLabFields): FieldErrors<GitLabFields> {
  const errors: FieldErrors<GitLabFields> = {};
  if (!f.namespace.trim()) errors.namespace = 'Please enter a namespace.';
  if (!f.project.trim()) errors.project = 'Please enter a project name.';
  const workflow = f.workflow.trim();
  if (!workflow) errors.workflow = 'Please enter a workflow filepath.';
  else if (!YAML.test(workflow))
    errors.workflow = 'The workflow filepath must end with .yml or .yaml.';
  return errors;
}

/** A GitHub Actions workflow that publishes with trusted publishing. */
export function githubWorkflow(environment: string): string {
  const env = environment.trim() ? `\n    environment: ${environment.trim()}` : '';
  return `name: Publish to crates.io
on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest${env}
    permissions:
      id-token: write # needed to get a trusted-publishing token
    steps:
      - uses: actions/checkout@v4
      - uses: rust-lang/crates-io-auth-action@v1
        id: auth
      - run: cargo publish
        env:
          CARGO_REGISTRY_TOKEN: \${{ steps.auth.outputs.token }}
`;
}

/** A GitLab CI job that publishes with trusted publishing. */
export function gitlabWorkflow(environment: string): string {
  const env = environment.trim() ? `\n  environment: ${environment.trim()}` : '';
  return `publish:
  image: rust:latest
  stage: deploy
  rules:
    - if: $CI_COMMIT_TAG${env}
  id_tokens:
    CRATES_IO_ID_TOKEN:
      aud: crates.io
  script:
    - >
      export CARGO_REGISTRY_TOKEN=$(curl --fail -sS -X POST
      -H "Content-Type: application/json"
      -d "{\\"jwt\\": \\"$CRATES_IO_ID_TOKEN\\"}"
      https://crates.io/api/v1/trusted_publishing/tokens | sed -E 's/.*"token":"([^"]+)".*/\\1/')
    - cargo publish
`;
}
