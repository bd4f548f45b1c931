import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { accountMutations } from '@/api/mutations/account';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/lib/paths';

/** `/confirm/:token`: the link from the verification email; works logged in or not. */
export function Component() {
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const confirm = useMutation(accountMutations.confirmEmail(queryClient));
  const started = useRef(false);
  const { mutate } = confirm;

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    mutate(token);
  }, [mutate, token]);

  return (
    <section aria-labelledby="confirm-title" className="mx-auto max-w-lg py-12 text-center">
      <title>Confirm your email - crates.io: Rust Package Registry</title>
      <h1 id="confirm-title" className="text-2xl font-bold">
        Email confirmation
      </h1>
      <div className="mt-4" aria-live="polite">
        {confirm.isSuccess ? (
          <p role="status" className="rounded-lg bg-ok-soft p-4 text-ok">
            Thank you for confirming your email! :)
          </p>
        ) : confirm.isError ? (
          <p role="alert" className="rounded-lg bg-danger-soft p-4">
            Your email could not be confirmed: {confirm.error.message}
          </p>
        ) : (
          <p className="flex items-center justify-center gap-2 text-muted">
            <Spinner /> Confirming your email…
          </p>
        )}
      </div>
      {!confirm.isPending && (
        <p className="mt-6">
          <Link className="link" to={paths.profileSettings()}>
            Go to your account settings
          </Link>
        </p>
      )}
    </section>
  );
}
