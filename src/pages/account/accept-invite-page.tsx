import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '@/api/errors';
import { accountMutations } from '@/api/mutations/account';
import { meQueries } from '@/api/queries/me';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/lib/paths';

/** `/accept-invite/:token`: accepts an emailed owner invitation, logged in or not. */
export function Component() {
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const accept = useMutation(accountMutations.acceptInvitationToken(queryClient));
  const session = useQuery(meQueries.session());
  const started = useRef(false);
  const { mutate } = accept;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate(token);
  }, [mutate, token]);

  const crateId = accept.data?.crate_owner_invitation.crate_id;
  const crateName = session.data?.owned_crates.find((c) => c.id === crateId)?.name;
  return (
    <section aria-labelledby="invite-title" className="mx-auto max-w-lg py-12 text-center">
      <title>Owner invitation - crates.io: Rust Package Registry</title>
      <h1 id="invite-title" className="text-2xl font-bold">
        Crate owner invitation
      </h1>
      <div className="mt-4" aria-live="polite">
        {accept.isSuccess ? (
          <div role="status" className="rounded-lg bg-ok-soft p-4">
            <p className="font-semibold text-ok">
              You are now an owner of {crateName ?? 'the crate'}.
            </p>
            <p className="mt-2">
              {crateName && (
                <>
                  <Link className="link" to={paths.crate(crateName)}>
                    Open {crateName}
                  </Link>{' '}
                  or{' '}
                </>
              )}
              <Link className="link" to={paths.dashboard()}>
                see your crates on your dashboard
              </Link>
              .
            </p>
          </div>
        ) : accept.isError ? (
          <div role="alert" className="rounded-lg bg-danger-soft p-4">
            {/* The API answers a bare "Not Found" for a used (deleted) or mistyped token. */}
            <p>
              {accept.error instanceof ApiError && accept.error.status === 404
                ? 'This invitation has already been used or has expired, or the link is incomplete. Ask an owner of the crate to invite you again.'
                : accept.error.message}
            </p>
            <p className="mt-2">
              <Link className="link" to={paths.pendingInvites()}>
                See your pending invitations
              </Link>
            </p>
          </div>
        ) : (
          <p className="flex items-center justify-center gap-2 text-muted">
            <Spinner /> Accepting the invitation…
          </p>
        )}
      </div>
    </section>
  );
}
