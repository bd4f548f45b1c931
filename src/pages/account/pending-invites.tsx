import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { meQueries } from '@/api/queries/me';
import type { CrateOwnerInvitation, User } from '@/api/types';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { InvitationRow } from './invitation-row';

type Answered = { invitation: CrateOwnerInvitation; inviter?: User };

/** The invitations of a logged-in user, and those answered on this page. */
export function PendingInvites({ userId }: { userId: number }) {
  const list = useQuery(meQueries.invitations(userId));
  // Answered invitations (and their inviters) leave the API's list; the rows stay, with
  // who invited you, to say what happened.
  const [answered, setAnswered] = useState<Answered[]>([]);
  const pending = list.data?.invitations ?? [];
  const rows = [
    ...pending.map((invitation) => ({
      invitation,
      inviter: list.data?.users.find((u) => u.id === invitation.inviter_id),
    })),
    ...answered.filter((a) => !pending.some((p) => p.crate_id === a.invitation.crate_id)),
  ];

  return (
    <>
      <title>Pending Owner Invites - crates.io: Rust Package Registry</title>
      <h1 className="text-2xl font-bold">Pending Owner Invites</h1>
      <div className="mt-4">
        <ReadOnlyNotice />
      </div>
      <div className="mt-6">
        {list.isError && !list.data ? (
          <QueryErrorState title="Failed to load your invitations" query={list} />
        ) : !list.data ? (
          <Skeleton className="h-32 w-full rounded-lg" />
        ) : rows.length === 0 ? (
          <EmptyState title="You don't have any pending crate owner invitations." />
        ) : (
          <ul className="space-y-3">
            {rows
              .sort((a, b) => a.invitation.crate_name.localeCompare(b.invitation.crate_name))
              .map((row) => (
                <li key={row.invitation.crate_id}>
                  <InvitationRow
                    invitation={row.invitation}
                    inviter={row.inviter}
                    onAnswered={() => setAnswered((list) => [...list, row])}
                  />
                </li>
              ))}
          </ul>
        )}
      </div>
    </>
  );
}
