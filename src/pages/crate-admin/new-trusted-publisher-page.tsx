import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { trustedPublishingMutations } from '@/api/mutations/trusted-publishing';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useCrate } from '@/components/crate/use-crate';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { cn } from '@/lib/cn';
import { paths } from '@/lib/paths';
import { parseRepositoryUrl } from '@/lib/repository-url';
import {
  type GitHubFields,
  type GitLabFields,
  githubWorkflow,
  gitlabWorkflow,
  validateGitHub,
  validateGitLab,
} from '@/lib/trusted-publisher';
import { PublisherNextSteps } from './publisher-next-steps';

type Provider = 'github' | 'gitlab';

/** `/crates/:name/settings/new-trusted-publisher`. */
export function Component() {
  const { crate } = useCrate();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const repo = parseRepositoryUrl(crate.repository);
  const [provider, setProvider] = useState<Provider>(repo?.provider ?? 'github');
  const [gh, setGh] = useState<GitHubFields>({
    owner: repo?.provider === 'github' ? repo.owner : '',
    repo: repo?.provider === 'github' ? repo.repo : '',
    workflow: 'release.yml',
    environment: '',
  });
  const [gl, setGl] = useState<GitLabFields>({
    namespace: repo?.provider === 'gitlab' ? repo.namespace : '',
    project: repo?.provider === 'gitlab' ? repo.project : '',
    workflow: '.gitlab-ci.yml',
    environment: '',
  });
  const [submitted, setSubmitted] = useState(false);
  /** The workflow as saved: the form gives way to the next steps. */
  const [saved, setSaved] = useState<{ path: string; workflow: string } | null>(null);
  const createGitHub = useGuardedMutation(
    trustedPublishingMutations.createGitHub(queryClient, crate.name),
  );
  const createGitLab = useGuardedMutation(
    trustedPublishingMutations.createGitLab(queryClient, crate.name),
  );
  const create = provider === 'github' ? createGitHub : createGitLab;
  const ghErrors = validateGitHub(gh);
  const glErrors = validateGitLab(gl);
  const shown = <T,>(errors: Partial<Record<keyof T, string>>, key: keyof T) =>
    submitted ? errors[key] : undefined;
  const workflow =
    provider === 'github' ? githubWorkflow(gh.environment) : gitlabWorkflow(gl.environment);
  const back = paths.crateSettings(crate.name);
  const workflowPath =
    provider === 'github'
      ? `.github/workflows/${gh.workflow.trim() || 'release.yml'}`
      : gl.workflow.trim() || '.gitlab-ci.yml';
  const onSaved = () => setSaved({ path: workflowPath, workflow });

  if (saved) {
    return (
      <div className="mx-auto max-w-3xl space-y-6">
        <title>{`Trusted publisher added to ${crate.name} - crates.io: Rust Package Registry`}</title>
        <h1 className="text-2xl font-bold">Add a new Trusted Publisher</h1>
        <PublisherNextSteps crate={crate} workflowPath={saved.path} workflow={saved.workflow} />
      </div>
    );
  }

  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <title>{`Add a trusted publisher to ${crate.name} - crates.io: Rust Package Registry`}</title>
      <h1 className="text-2xl font-bold">Add a new Trusted Publisher</h1>
      <p className="text-muted">
        For{' '}
        <Link className="link" to={paths.crate(crate.name)}>
          {crate.name}
        </Link>
        : the configured workflow can publish new versions with a short-lived token, without storing
        an API token.
      </p>
      <ReadOnlyNotice />
      <form
        noValidate
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (provider === 'github') {
            if (Object.keys(ghErrors).length > 0) return;
            createGitHub.mutate(
              {
                repository_owner: gh.owner.trim(),
                repository_name: gh.repo.trim(),
                workflow_filename: gh.workflow.trim(),
                environment: gh.environment.trim() || null,
              },
              { onSuccess: onSaved },
            );
          } else {
            if (Object.keys(glErrors).length > 0) return;
            createGitLab.mutate(
              {
                namespace: gl.namespace.trim(),
                project: gl.project.trim(),
                workflow_filepath: gl.workflow.trim(),
                environment: gl.environment.trim() || null,
              },
              { onSuccess: onSaved },
            );
          }
        }}
      >
        <fieldset disabled={create.isPending} className="space-y-5">
          <fieldset>
            <legend className="font-semibold">Publisher</legend>
            <div className="mt-2 flex gap-4">
              {(['github', 'gitlab'] as const).map((p) => (
                <label key={p} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="provider"
                    value={p}
                    checked={provider === p}
                    onChange={() => setProvider(p)}
                    className="accent-accent"
                  />
                  {p === 'github' ? 'GitHub Actions' : 'GitLab CI'}
                </label>
              ))}
            </div>
          </fieldset>
          {provider === 'github' ? (
            <>
              <FormField label="Repository owner" error={shown(ghErrors, 'owner')} required>
                {(control) => (
                  <input
                    {...control}
                    value={gh.owner}
                    onChange={(event) => {
                      const owner = event.target.value;
                      setGh({ ...gh, owner });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField label="Repository name" error={shown(ghErrors, 'repo')} required>
                {(control) => (
                  <input
                    {...control}
                    value={gh.repo}
                    onChange={(event) => {
                      const r = event.target.value;
                      setGh({ ...gh, repo: r });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField
                label="Workflow filename"
                hint="The file name in .github/workflows/, e.g. release.yml."
                error={shown(ghErrors, 'workflow')}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    value={gh.workflow}
                    onChange={(event) => {
                      const workflow = event.target.value;
                      setGh({ ...gh, workflow });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField
                label="Environment (optional)"
                hint="Only runs in this GitHub environment may publish."
              >
                {(control) => (
                  <input
                    {...control}
                    value={gh.environment}
                    onChange={(event) => {
                      const environment = event.target.value;
                      setGh({ ...gh, environment });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
            </>
          ) : (
            <>
              <FormField
                label="Namespace"
                hint="The group or user, with subgroups, e.g. my-group/my-subgroup."
                error={shown(glErrors, 'namespace')}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    value={gl.namespace}
                    onChange={(event) => {
                      const namespace = event.target.value;
                      setGl({ ...gl, namespace });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField label="Project name" error={shown(glErrors, 'project')} required>
                {(control) => (
                  <input
                    {...control}
                    value={gl.project}
                    onChange={(event) => {
                      const project = event.target.value;
                      setGl({ ...gl, project });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField
                label="Workflow filepath"
                hint="The CI file in the repository, e.g. .gitlab-ci.yml."
                error={shown(glErrors, 'workflow')}
                required
              >
                {(control) => (
                  <input
                    {...control}
                    value={gl.workflow}
                    onChange={(event) => {
                      const workflow = event.target.value;
                      setGl({ ...gl, workflow });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
              <FormField label="Environment (optional)">
                {(control) => (
                  <input
                    {...control}
                    value={gl.environment}
                    onChange={(event) => {
                      const environment = event.target.value;
                      setGl({ ...gl, environment });
                    }}
                    autoComplete="off"
                    spellCheck={false}
                    className={cn(fieldInputClass, 'max-w-md')}
                  />
                )}
              </FormField>
            </>
          )}
        </fieldset>
        {create.isError && (
          <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm">
            An error has occurred while adding the Trusted Publishing configuration:{' '}
            {create.error.message}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" busy={create.isPending} disabled={readOnly}>
            Add
          </Button>
          <Button onClick={() => navigate(back)} disabled={create.isPending}>
            Cancel
          </Button>
        </div>
      </form>
      <section aria-labelledby="workflow-title" className="space-y-2">
        <div className="flex items-center justify-between gap-2">
          <h2 id="workflow-title" className="font-semibold">
            {`Example ${workflowPath}`}
          </h2>
          <CopyButton text={workflow} label="Copy the example workflow" />
        </div>
        <pre className="rounded-lg bg-surface-2 p-4 font-mono text-sm break-all whitespace-pre-wrap">
          <code>{workflow}</code>
        </pre>
      </section>
    </div>
  );
}
