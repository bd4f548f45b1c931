import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { trustedPublishingMutations } from '@/api/mutations/trusted-publishing';
import { crateAdminQueries } from '@/api/queries/me';
import type { Crate } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { TrustpubOnlyToggle } from '@/components/crate/trustpub-only-toggle';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/lib/paths';

type Row = { provider: 'github' | 'gitlab'; id: number; lines: string[] };

export function TrustedPublishingSection({ crate }: { crate: Crate }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const github = useQuery(crateAdminQueries.githubConfigs(crate.name));
  const gitlab = useQuery(crateAdminQueries.gitlabConfigs(crate.name));
  const deleteGitHub = useGuardedMutation(
    trustedPublishingMutations.deleteGitHub(queryClient, crate.name),
  );
  const deleteGitLab = useGuardedMutation(
    trustedPublishingMutations.deleteGitLab(queryClient, crate.name),
  );
  const [deleting, setDeleting] = useState<Row | null>(null);

  const rows: Row[] = [
    ...(github.data?.github_configs ?? []).map((c) => ({
      provider: 'github' as const,
      id: c.id,
      lines: [
        `Repository: ${c.repository_owner}/${c.repository_name}`,
        `Workflow: ${c.workflow_filename}`,
        ...(c.environment ? [`Environment: ${c.environment}`] : []),
      ],
    })),
    ...(gitlab.data?.gitlab_configs ?? []).map((c) => ({
      provider: 'gitlab' as const,
      id: c.id,
      lines: [
        `Project: ${c.namespace}/${c.project}`,
        `Workflow: ${c.workflow_filepath}`,
        ...(c.environment ? [`Environment: ${c.environment}`] : []),
      ],
    })),
  ];
  const loading = github.isPending || gitlab.isPending;
  const failed = github.isError || gitlab.isError;
  const remove = deleting?.provider === 'gitlab' ? deleteGitLab : deleteGitHub;
  const deleteError = deleteGitHub.error ?? deleteGitLab.error;

  return (
    <section aria-labelledby="trustpub-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="trustpub-title" className="text-xl font-semibold">
          Trusted Publishing
        </h2>
        <Link
          className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
          to={paths.crateNewTrustedPublisher(crate.name)}
        >
          Add trusted publisher
        </Link>
      </div>
      <p className="text-sm text-muted">
        Let a GitHub Actions workflow or a GitLab CI job publish {crate.name} without a long-lived
        API token.
      </p>
      {failed ? (
        <QueryErrorState title="Failed to load trusted publishers" query={[github, gitlab]} />
      ) : loading ? (
        <Skeleton className="h-24 w-full rounded-lg" />
      ) : rows.length === 0 ? (
        <p className="rounded-lg bg-surface p-4 text-sm ring-1 ring-line">
          No trusted publishers configured for this crate.
        </p>
      ) : (
        <table className="w-full overflow-hidden rounded-lg bg-surface text-left text-sm ring-1 ring-line">
          <caption className="sr-only">Trusted publishers of {crate.name}</caption>
          <thead className="bg-surface-2">
            <tr>
              <th scope="col" className="p-3">
                Publisher
              </th>
              <th scope="col" className="p-3">
                Details
              </th>
              <th scope="col" className="p-3">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {rows.map((row) => (
              <tr key={`${row.provider}-${row.id}`}>
                <td className="p-3 font-medium">
                  {row.provider === 'github' ? 'GitHub' : 'GitLab'}
                </td>
                <td className="p-3">
                  {row.lines.map((line) => (
                    <div key={line} className="break-all">
                      {line}
                    </div>
                  ))}
                </td>
                <td className="p-3 text-right">
                  <Button
                    size="sm"
                    disabled={readOnly}
                    onClick={() => setDeleting(row)}
                    aria-label={`Remove ${row.provider === 'github' ? 'GitHub' : 'GitLab'} publisher ${row.lines[0]}`}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleteError && (
        <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm">
          Failed to remove the trusted publisher: {deleteError.message}
        </p>
      )}
      <TrustpubOnlyToggle crate={crate} publishers={loading ? undefined : rows.length} />
      <ConfirmDialog
        open={deleting !== null}
        title="Remove this trusted publisher?"
        confirmLabel="Remove publisher"
        danger
        busy={remove.isPending}
        onClose={() => setDeleting(null)}
        onConfirm={() => {
          if (!deleting) return;
          deleteGitHub.reset();
          deleteGitLab.reset();
          remove.mutate(deleting.id, { onSettled: () => setDeleting(null) });
        }}
      >
        {deleting?.lines.join(' · ')}
      </ConfirmDialog>
    </section>
  );
}
