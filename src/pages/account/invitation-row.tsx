import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { accountMutations } from '@/api/mutations/account';
import type { CrateOwnerInvitation, User } from '@/api/types';
import { useGuardedMutation } from '@/api/use-guarded-mutation';
import { useReadOnly } from '@/components/site/use-read-only';
import { Button } from '@/components/ui/button';
import { RelativeTime } from '@/components/ui/relative-time';
import { paths } from '@/lib/paths';

export type InvitationRowProps = {
  invitation: CrateOwnerInvitation;
  inviter?: User;
  onAnswered: () => void;
};

export function InvitationRow({ invitation, inviter, onAnswered }: InvitationRowProps) {
  const queryClient = useQueryClient();
  const readOnly = useReadOnly();
  const answer = useGuardedMutation({
    ...accountMutations.handleInvitation(queryClient),
    onSuccess: (data, vars, result, context) => {
      onAnswered();
      return accountMutations
        .handleInvitation(queryClient)
        .onSuccess?.(data, vars, result, context);
    },
  });
  const crate = invitation.crate_name;
  const expired = new Date(invitation.expires_at).getTime() <= Date.now();

  return (
    <article
      aria-label={`Invitation to own ${crate}`}
      className="rounded-lg bg-surface p-4 ring-1 ring-line"
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <Link className="link text-lg font-semibold" to={paths.crate(crate)}>
            {crate}
          </Link>
          <p className="text-sm text-muted">
            Invited by{' '}
            {inviter ? (
              <Link className="link" to={paths.user(inviter.login)}>
                {inviter.name ?? inviter.login}
              </Link>
            ) : (
              'another owner'
            )}{' '}
            <RelativeTime iso={invitation.created_at} />; {expired ? 'expired' : 'expires'}{' '}
            <RelativeTime iso={invitation.expires_at} />
          </p>
        </div>
        {!answer.isSuccess && (
          <div className="flex gap-2">
            <Button
              variant="primary"
              busy={answer.isPending && answer.variables?.accepted}
              disabled={answer.isPending || readOnly}
              onClick={() => answer.mutate({ crateId: invitation.crate_id, accepted: true })}
            >
              Accept
            </Button>
            <Button
              busy={answer.isPending && !answer.variables?.accepted}
              disabled={answer.isPending || readOnly}
              onClick={() => answer.mutate({ crateId: invitation.crate_id, accepted: false })}
            >
              Decline
            </Button>
          </div>
        )}
      </div>
      <div aria-live="polite">
        {answer.isSuccess &&
          (answer.data.crate_owner_invitation.accepted ? (
            <p className="mt-3 rounded-md bg-ok-soft p-3 text-ok">
              Success! You've been added as an owner of crate{' '}
              <Link className="link" to={paths.crate(crate)}>
                {crate}
              </Link>
              .
            </p>
          ) : (
            <p className="mt-3 rounded-md bg-surface-2 p-3">
              Declined. You have not been added as an owner of crate {crate}.
            </p>
          ))}
        {answer.isError && (
          <p role="alert" className="mt-3 rounded-md bg-danger-soft p-3">
            Error in {answer.variables?.accepted ? 'accepting' : 'declining'} the invitation:{' '}
            {answer.error.message}
          </p>
        )}
      </div>
    </article>
  );
}
