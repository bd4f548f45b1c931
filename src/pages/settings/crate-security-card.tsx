import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { crateAdminQueries } from '@/api/queries/me';
import { securityQueries } from '@/api/queries/security';
import type { Crate, GitHubConfig, GitLabConfig } from '@/api/types';
import { TrustpubOnlyToggle } from '@/components/crate/trustpub-only-toggle';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { cn } from '@/lib/cn';
import { cratePosture, POSTURE_TEXT } from '@/lib/crate-security';
import { paths } from '@/lib/paths';
import { describeProvenance, provenanceOf } from '@/lib/provenance';

export type CrateSecurityCardProps = {
  crate: Crate;
  github: GitHubConfig[];
  gitlab: GitLabConfig[];
  /** The logged-in user, left out of the co-owners. */
  login: string;
};

const publisherLines = (github: GitHubConfig[], gitlab: GitLabConfig[]) => [
  ...github.map((c) => ({
    key: `github-${c.id}`,
    text: `GitHub: ${c.repository_owner}/${c.repository_name}, workflow ${c.workflow_filename}${c.environment ? `, environment ${c.environment}` : ''}`,
  })),
  ...gitlab.map((c) => ({
    key: `gitlab-${c.id}`,
    text: `GitLab: ${c.namespace}/${c.project}, workflow ${c.workflow_filepath}${c.environment ? `, environment ${c.environment}` : ''}`,
  })),
];

/** One owned crate in the security console: who can publish it, and how it was last published. */
export function CrateSecurityCard({ crate, github, gitlab, login }: CrateSecurityCardProps) {
  const owners = useQuery(crateQueries.owners(crate.name));
  const invitations = useQuery(crateAdminQueries.invitations(crate.name));
  const last = useQuery(securityQueries.lastRelease(crate.name));
  const publishers = publisherLines(github, gitlab);
  const posture = cratePosture(crate.trustpub_only, publishers.length);
  const release = last.data?.versions[0];
  const coOwners = owners.data?.users.filter((o) => o.login !== login) ?? [];
  const invitees = new Map(invitations.data?.users.map((u) => [u.id, u.login]));
  const headingId = `crate-${crate.name}-title`;

  return (
    <article
      id={`crate-${crate.name}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="space-y-3 rounded-lg bg-surface p-4 ring-1 ring-line"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={headingId} className="font-semibold text-lg">
          <Link className="link" to={paths.crate(crate.name)}>
            {crate.name}
          </Link>
        </h3>
        <span
          className={cn(
            'rounded px-2 py-0.5 text-sm font-medium',
            posture === 'protected' ? 'bg-accent-soft text-ink' : 'bg-warn-soft text-ink',
          )}
        >
          {POSTURE_TEXT[posture].label}
        </span>
      </div>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_minmax(0,1fr)]">
        <dt className="text-muted">Trusted publishers</dt>
        <dd>
          {publishers.length === 0 ? (
            'None'
          ) : (
            <ul>
              {publishers.map((p) => (
                <li key={p.key} className="break-words">
                  {p.text}
                </li>
              ))}
            </ul>
          )}
          <Link className="link mt-1 block w-fit" to={paths.crateNewTrustedPublisher(crate.name)}>
            Add a trusted publisher<span className="sr-only"> to {crate.name}</span>
          </Link>
        </dd>
        <dt className="text-muted">Owners</dt>
        <dd>
          {owners.isError ? (
            <span className="text-danger">Could not load owners: {owners.error.message}</span>
          ) : !owners.data ? (
            <Skeleton className="h-5 w-48" />
          ) : coOwners.length === 0 ? (
            'Only you'
          ) : (
            coOwners.map((o) => (o.kind === 'team' ? `team ${o.login}` : `@${o.login}`)).join(', ')
          )}
        </dd>
        <dt className="text-muted">Pending invitations</dt>
        <dd>
          {invitations.isError ? (
            <span className="text-danger">
              Could not load invitations: {invitations.error.message}
            </span>
          ) : !invitations.data ? (
            <Skeleton className="h-5 w-40" />
          ) : invitations.data.invitations.length === 0 ? (
            'None'
          ) : (
            <ul>
              {invitations.data.invitations.map((i) => (
                <li key={i.invitee_id}>
                  @{invitees.get(i.invitee_id) ?? `user ${i.invitee_id}`}, expires{' '}
                  <RelativeTime iso={i.expires_at} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt className="text-muted">Last release</dt>
        <dd>
          {last.isError ? (
            <span className="text-danger">Could not load releases: {last.error.message}</span>
          ) : !last.data ? (
            <Skeleton className="h-5 w-64" />
          ) : !release ? (
            'No releases'
          ) : (
            <>
              <Link className="link font-mono" to={paths.crateVersion(crate.name, release.num)}>
                {release.num}
              </Link>{' '}
              <RelativeTime iso={release.created_at} /> {describeProvenance(provenanceOf(release))}
            </>
          )}
        </dd>
      </dl>
      <TrustpubOnlyToggle
        crate={crate}
        publishers={publishers.length}
        labelSuffix={` for ${crate.name}`}
      />
    </article>
  );
}
