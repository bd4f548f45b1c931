import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { accountMutations } from '@/api/mutations/account';
import type { ApiToken } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { formatDateTime, formatFromNow } from '@/lib/format';
import { paths } from '@/lib/paths';
import { listInWords } from '@/lib/token-scopes';

export type TokenRowProps = {
  token: ApiToken;
  expired: boolean;
  /** Heading level; by default 2, and 3 for expired tokens (under "Recently expired"). */
  level?: 2 | 3;
  /** Extra lines under the token's details (the security console's flags). */
  children?: ReactNode;
};

const Heading = ({ level, children }: { level: 2 | 3; children: string }) =>
  level === 3 ? (
    <h3 className="font-semibold break-all">{children}</h3>
  ) : (
    <h2 className="font-semibold break-all">{children}</h2>
  );

export function TokenRow({ token, expired, level = expired ? 3 : 2, children }: TokenRowProps) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const [confirming, setConfirming] = useState(false);
  const revoke = useGuardedMutation(accountMutations.revokeToken(queryClient));

  const dates = [
    ['Created', token.created_at, `Created ${formatFromNow(token.created_at)}`],
    [
      'Last used',
      token.last_used_at,
      token.last_used_at ? `Last used ${formatFromNow(token.last_used_at)}` : 'Never used',
    ],
    [
      'Expiry',
      token.expired_at,
      !token.expired_at
        ? 'Never expires'
        : expired
          ? `Expired ${formatFromNow(token.expired_at)}`
          : `Expires ${formatFromNow(token.expired_at)}`,
    ],
  ] as const;

  return (
    <article
      id={`token-${token.id}`}
      tabIndex={-1}
      aria-label={`Token ${token.name}`}
      className="rounded-lg bg-surface p-4 ring-1 ring-line"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <Heading level={level}>{token.name}</Heading>
          <p className="text-sm">
            <span className="text-muted">Scopes: </span>
            {token.endpoint_scopes?.length
              ? listInWords(token.endpoint_scopes)
              : 'all (legacy token)'}
          </p>
          <p className="text-sm">
            <span className="text-muted">Crates: </span>
            {token.crate_scopes?.length ? listInWords(token.crate_scopes) : 'all crates'}
          </p>
          <ul className="flex flex-wrap gap-x-4 text-sm text-muted">
            {dates.map(([label, iso, text]) => (
              <li key={label}>
                {iso ? (
                  <time dateTime={iso} title={formatDateTime(iso)}>
                    {text}
                  </time>
                ) : (
                  text
                )}
              </li>
            ))}
          </ul>
          {children}
        </div>
        <div className="flex gap-2">
          <Link
            to={paths.newToken(token.id)}
            className="rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2"
            aria-label={`Regenerate token ${token.name}`}
          >
            Regenerate
          </Link>
          {!expired && (
            <Button
              size="sm"
              variant="danger"
              disabled={readOnly}
              onClick={() => setConfirming(true)}
              aria-label={`Revoke token ${token.name}`}
            >
              Revoke
            </Button>
          )}
        </div>
      </div>
      {revoke.isError && (
        <p role="alert" className="mt-3 text-sm text-danger">
          An error occurred while revoking this token: {revoke.error.message}
        </p>
      )}
      <ConfirmDialog
        open={confirming}
        title={`Revoke the token "${token.name}"?`}
        confirmLabel="Revoke token"
        danger
        busy={revoke.isPending}
        onClose={() => setConfirming(false)}
        onConfirm={() => revoke.mutate(token.id, { onSettled: () => setConfirming(false) })}
      >
        Anything using it (cargo, CI jobs) can no longer act on crates.io. This cannot be undone.
      </ConfirmDialog>
    </article>
  );
}
