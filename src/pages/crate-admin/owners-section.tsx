import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { crateMutations } from '@/api/mutations/crates';
import { crateQueries } from '@/api/queries/crates';
import { crateAdminQueries, meQueries } from '@/api/queries/me';
import type { Owner } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { OwnersList } from '@/components/crate/owners-list';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { RelativeTime } from '@/components/ui/relative-time';
import { Skeleton } from '@/components/ui/skeleton';
import { AddOwnerForm } from './add-owner-form';

export function OwnersSection({ crateName }: { crateName: string }) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const owners = useQuery(crateQueries.owners(crateName));
  const invitations = useQuery(crateAdminQueries.invitations(crateName));
  const session = useQuery(meQueries.session());
  const [removing, setRemoving] = useState<Owner | null>(null);
  const remove = useGuardedMutation(crateMutations.removeOwner(queryClient, crateName));
  const [removed, setRemoved] = useState<string | null>(null);

  return (
    <section aria-labelledby="owners-title" className="space-y-4">
      <h2 id="owners-title" className="text-xl font-semibold">
        Owners
      </h2>
      {owners.data ? (
        <ul className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
          {owners.data.users.map((owner) => (
            <li
              key={`${owner.kind}-${owner.id}`}
              className="flex flex-wrap items-center justify-between gap-3 p-3"
            >
              <OwnersList owners={[owner]} />
              <span className="flex items-center gap-3 text-sm text-muted">
                {owner.kind === 'team'
                  ? 'Team'
                  : owner.login === session.data?.user.login
                    ? 'You'
                    : 'User'}
                <Button
                  size="sm"
                  disabled={readOnly}
                  onClick={() => setRemoving(owner)}
                  aria-label={`Remove ${owner.login}`}
                >
                  Remove
                </Button>
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Skeleton className="h-32 w-full rounded-lg" />
      )}
      <div aria-live="polite">
        {removed && !remove.isError && (
          <p role="status" className="rounded-md bg-ok-soft p-3 text-sm text-ok">
            {removed} was removed as a crate owner.
          </p>
        )}
        {remove.isError && (
          <p role="alert" className="rounded-md bg-danger-soft p-3 text-sm">
            Failed to remove {remove.variables} as a crate owner: {remove.error.message}
          </p>
        )}
      </div>
      <AddOwnerForm crateName={crateName} />
      {invitations.data && invitations.data.invitations.length > 0 && (
        <section aria-labelledby="crate-invites-title">
          <h3 id="crate-invites-title" className="font-semibold">
            Pending invitations
          </h3>
          <ul className="mt-2 space-y-1 text-sm">
            {invitations.data.invitations.map((inv) => {
              const invitee = invitations.data.users.find((u) => u.id === inv.invitee_id);
              return (
                <li key={inv.invitee_id}>
                  {invitee?.login ?? 'A user'} was invited <RelativeTime iso={inv.created_at} />{' '}
                  (expires <RelativeTime iso={inv.expires_at} />)
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={`Remove ${removing?.login} as an owner of ${crateName}?`}
        confirmLabel="Remove owner"
        danger
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          const login = removing?.login ?? '';
          setRemoved(null);
          remove.mutate(login, {
            onSuccess: () => setRemoved(login),
            onSettled: () => setRemoving(null),
          });
        }}
      >
        They will no longer be able to publish, yank or manage {crateName}.
      </ConfirmDialog>
    </section>
  );
}
