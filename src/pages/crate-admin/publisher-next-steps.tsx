import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { accountMutations } from '@/api/mutations/account';
import { meQueries } from '@/api/queries/me';
import type { Crate } from '@/api/types';
import { TrustpubOnlyToggle } from '@/components/crate/trustpub-only-toggle';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { CopyButton } from '@/components/ui/copy-button';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { paths } from '@/lib/paths';
import { coversOnlyCrate, isExpired } from '@/lib/token-hygiene';

export type PublisherNextStepsProps = {
  crate: Crate;
  /** Where the workflow goes, e.g. `.github/workflows/release.yml`. */
  workflowPath: string;
  workflow: string;
};

/** Saves text as a file, without a server round trip. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/yaml' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function Step({
  n,
  title,
  why,
  children,
}: {
  n: number;
  title: string;
  why: string;
  children: ReactNode;
}) {
  const [skipped, setSkipped] = useState(false);
  const id = `step-${n}-title`;
  return (
    <li aria-labelledby={id} className="rounded-lg bg-surface p-4 ring-1 ring-line">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={id} className="font-semibold">
          {n}. {title}
        </h3>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => setSkipped(!skipped)}
          aria-expanded={!skipped}
          aria-label={`${skipped ? 'Show' : 'Skip'} this step: ${title}`}
        >
          {skipped ? 'Show this step' : 'Skip this step'}
        </Button>
      </div>
      <p className="mt-1 text-sm text-muted">{why}</p>
      {skipped ? <p className="mt-2 text-sm">Skipped.</p> : <div className="mt-3">{children}</div>}
    </li>
  );
}

/** After a trusted publisher is saved: the workflow, then locking the crate down. */
export function PublisherNextSteps({ crate, workflowPath, workflow }: PublisherNextStepsProps) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const tokens = useQuery(meQueries.tokens());
  const revoke = useMutation(accountMutations.revokeToken(queryClient));
  const [revoked, setRevoked] = useState<string[]>([]);
  const now = new Date();
  const onlyThis = (tokens.data?.api_tokens ?? []).filter(
    (t) => coversOnlyCrate(t, crate.name) && !isExpired(t, now),
  );
  const fileName = workflowPath.split('/').pop() ?? workflowPath;

  return (
    <section aria-labelledby="next-title" className="space-y-4">
      <h2 id="next-title" className="text-xl font-semibold">
        Trusted publisher saved: next steps
      </h2>
      <ol className="space-y-4">
        <Step
          n={1}
          title={`Add ${workflowPath} to the repository`}
          why="This workflow asks crates.io for a short-lived token each time it publishes, so no API token needs to be stored as a secret."
        >
          <div className="mb-2 flex flex-wrap gap-2">
            <CopyButton text={workflow} label={`Copy ${fileName}`} />
            <Button size="sm" onClick={() => download(fileName, workflow)}>
              Download {fileName}
            </Button>
          </div>
          <pre className="rounded-lg bg-surface-2 p-4 font-mono text-sm break-all whitespace-pre-wrap">
            <code>{workflow}</code>
          </pre>
        </Step>
        <Step
          n={2}
          title="Revoke API tokens that only publish this crate"
          why={`Once the workflow publishes, a token limited to ${crate.name} is only a risk: anyone who steals it can publish.`}
        >
          {tokens.isError ? (
            <QueryErrorState title="Failed to load your API tokens" query={tokens} />
          ) : !tokens.data ? (
            <Skeleton className="h-10 w-full" />
          ) : onlyThis.length === 0 && revoked.length === 0 ? (
            <p className="text-sm">You have no API tokens limited to {crate.name}.</p>
          ) : (
            <ul className="space-y-2">
              {revoked.map((name) => (
                <li key={name} className="text-sm">
                  Revoked “{name}”.
                </li>
              ))}
              {onlyThis.map((token) => (
                <li key={token.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span className="text-sm font-medium break-all">{token.name}</span>
                  <Button
                    size="sm"
                    variant="danger"
                    disabled={readOnly}
                    busy={revoke.isPending && revoke.variables === token.id}
                    onClick={() =>
                      revoke.mutate(token.id, {
                        onSuccess: () => setRevoked((list) => [...list, token.name]),
                      })
                    }
                  >
                    Revoke<span className="sr-only"> token {token.name}</span>
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {revoke.isError && (
            <p role="alert" className="mt-2 text-sm text-danger">
              Failed to revoke the token: {revoke.error.message}
            </p>
          )}
        </Step>
        <Step
          n={3}
          title="Require trusted publishing"
          why="Then crates.io refuses any version of this crate published with an API token, even a valid one."
        >
          <TrustpubOnlyToggle crate={crate} publishers={1} />
        </Step>
      </ol>
      <Link
        className="inline-block rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink"
        to={paths.crateSettings(crate.name)}
      >
        Done: back to {crate.name} settings
      </Link>
    </section>
  );
}
